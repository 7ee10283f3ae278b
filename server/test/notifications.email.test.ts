// E-mail against a real SMTP server started in the test: what arrives is parsed back and read.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../src/app.js';
import { indicators, memberships, membershipActors, notifications, users } from '../src/db/schema/index.js';
import { notify } from '../src/modules/notifications/notifications.repository.js';
import { sendDigests } from '../src/modules/notifications/notifications.digest.js';
import { createFixture, testApp, type Fixture } from './helpers.js';
import { startSmtp, type TestSmtp } from './smtp.js';

const PUBLIC_URL = 'https://impact.example.org';
let smtp: TestSmtp;
let mailApp: BuiltApp;

beforeAll(async () => {
  smtp = await startSmtp();
  const { database } = await testApp();
  // The same database and secret as the other tests' app, so the fixture's tokens work here too.
  mailApp = await buildApp({
    database,
    jwtSecret: 'test-secret-that-is-long-enough-000000',
    mail: { smtpUrl: smtp.url, from: 'Samordningen <noreply@impact.example.org>', publicUrl: PUBLIC_URL },
  });
  await mailApp.ready();
});

afterAll(async () => {
  await mailApp?.close();
  await smtp?.close();
});

const to = (email: string) => smtp.to(email);

async function colleague(f: Fixture, actorId: string, name: string, extra: Partial<typeof users.$inferInsert>) {
  const [u] = await f.db
    .insert(users)
    .values({ email: `${name.toLowerCase()}-${f.initiativeId.slice(0, 8)}@test.example`, name, passwordHash: 'x', ...extra })
    .returning();
  const [m] = await f.db.insert(memberships).values({ initiativeId: f.initiativeId, userId: u.id, role: 'partner' }).returning();
  await f.db.insert(membershipActors).values({ membershipId: m.id, actorId });
  return u;
}

describe('e-mail', () => {
  it('sends a reminder at once, in the reader’s language, naming the missing indicator, and none to those who opted out', async () => {
    const f = await createFixture('Läxhjälp i Hagby');
    const [a] = f.actorIds;
    await f.db.update(users).set({ locale: 'sv', name: 'Sara Svensson' }).where(eq(users.id, f.users.partner.id));
    const danish = await colleague(f, a, 'Mads', { locale: 'da' });
    const optedOut = await colleague(f, a, 'Olle', { locale: 'sv', emailPreference: 'off' });
    await f.db.insert(indicators).values({ initiativeId: f.initiativeId, code: 'L1', name: 'Läxhjälpstimmar', frequency: 'quarter', reportingFrom: '2015-01-01' });

    const res = await mailApp.inject({ method: 'POST', url: f.url('/reminders'), headers: f.auth('backbone'), payload: { period: '2025-Q1', actorIds: [a] } });
    expect(res.statusCode).toBe(200);
    const emailed = Object.fromEntries(res.json().reminded[0].users.map((u: { id: string; emailed: boolean }) => [u.id, u.emailed]));
    expect(emailed).toEqual({ [f.users.partner.id]: true, [danish.id]: true, [optedOut.id]: false });

    const [sv] = to(f.users.partner.email);
    expect(sv.subject).toMatch(/^Påminnelse: siffror för kv\. 1 2025 saknas \(Läxhjälp i Hagby/);
    expect(sv.text).toContain('Hej Sara Svensson!');
    expect(sv.text).toContain('L1 Läxhjälpstimmar');
    expect(sv.text).toContain(`${PUBLIC_URL}/i/${f.initiativeId}/entry?period=2025-Q1`);
    expect(sv.html).toContain('Läxhjälpstimmar');
    const [da] = to(danish.email);
    expect(da.subject).toMatch(/^Påmindelse: der mangler tal for 1\. kvt\. 2025/);
    expect(da.text).toContain('har endnu ikke indberettet Läxhjälpstimmar');
    expect(to(optedOut.email)).toEqual([]);

    // E-mailed reminders are not sent again in the digest; the opted-out user's stays in the app only.
    const mine = await f.db.select().from(notifications).where(and(eq(notifications.initiativeId, f.initiativeId), eq(notifications.kind, 'reminder')));
    expect(mine.filter((n) => n.emailedAt !== null).map((n) => n.userId).sort()).toEqual([f.users.partner.id, danish.id].sort());
  });

  it('sends one digest a day of unread notifications not yet e-mailed, and marks them', async () => {
    const f = await createFixture('Digest');
    const [a] = f.actorIds;
    await f.db.update(users).set({ locale: 'sv', name: 'Sara' }).where(eq(users.id, f.users.partner.id));
    const optedOut = await colleague(f, a, 'Otto', { locale: 'da', emailPreference: 'off' });
    const returned = {
      initiativeId: f.initiativeId,
      kind: 'value_returned' as const,
      params: { reason: 'Dubbelräknat?', values: [{ indicatorName: 'Besök på fritidsgården', actorName: 'Actor A', period: '2025-03' }] },
      link: `/i/${f.initiativeId}/entry?period=2025-03`,
    };
    await notify(f.db, [{ ...returned, userId: f.users.partner.id }, { ...returned, userId: optedOut.id }]);
    await notify(f.db, [{ ...returned, userId: f.users.steering.id }]);
    // Read already: not in the digest.
    await f.db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.userId, f.users.steering.id));

    const morning = new Date();
    morning.setHours(9, 0, 0, 0);
    await sendDigests(f.db, mailApp.mailer!, morning, 7);
    const [digest, ...more] = to(f.users.partner.email);
    expect(more).toEqual([]);
    expect(digest.subject).toBe('En ny notis från Collective Impact-översikten');
    expect(digest.text).toContain('Digest');
    expect(digest.text).toContain('Besök på fritidsgården (Actor A, mars 2025) har skickats tillbaka för rättelse: Dubbelräknat?');
    expect(digest.text).toContain(`${PUBLIC_URL}/i/${f.initiativeId}/entry?period=2025-03`);
    expect(to(optedOut.email)).toEqual([]);
    expect(to(f.users.steering.email)).toEqual([]);
    const [partner] = await f.db.select().from(users).where(eq(users.id, f.users.partner.id));
    expect(partner.lastDigestAt).toEqual(morning);
    const [n] = await f.db.select().from(notifications).where(eq(notifications.userId, f.users.partner.id));
    expect(n.emailedAt).toEqual(morning);

    // Later the same day, with something new: it waits for tomorrow's digest.
    await notify(f.db, [{ ...returned, userId: f.users.partner.id, dedupeKey: 'second' }]);
    const later = new Date(morning.getTime() + 3 * 3600_000);
    await sendDigests(f.db, mailApp.mailer!, later, 7);
    expect(to(f.users.partner.email)).toHaveLength(1);
    const tomorrow = new Date(morning.getTime() + 24 * 3600_000);
    await sendDigests(f.db, mailApp.mailer!, tomorrow, 7);
    expect(to(f.users.partner.email)).toHaveLength(2);
  });
});
