// The partner's week end to end, across the parts: reminded of a missing value by e-mail (delivered to
// a real SMTP server started here) and in the app, a returned value discussed, corrected, and the
// value's history telling each step.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../src/app.js';
import { indicators, users } from '../src/db/schema/index.js';
import { createFixture, testApp } from './helpers.js';
import { startSmtp, type TestSmtp } from './smtp.js';

let smtp: TestSmtp;
let app: BuiltApp;

beforeAll(async () => {
  smtp = await startSmtp();
  const { database } = await testApp();
  app = await buildApp({
    database,
    jwtSecret: 'test-secret-that-is-long-enough-000000',
    mail: { smtpUrl: smtp.url, from: 'Samordningen <noreply@example.org>', publicUrl: 'https://impact.example.org' },
  });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe("a partner's week", () => {
  it('is reminded by e-mail and in the app, discusses a returned value, corrects it, and the history shows each step', async () => {
    const f = await createFixture('Trygg i Hagby');
    const [own] = f.actorIds;
    await f.db.update(users).set({ locale: 'sv', name: 'Sara Svensson' }).where(eq(users.id, f.users.partner.id));
    const [visits, hours] = await f.db
      .insert(indicators)
      .values([
        { initiativeId: f.initiativeId, code: 'B1', name: 'Besök på läxhjälpen', frequency: 'quarter', reportingFrom: '2020-01-01' },
        { initiativeId: f.initiativeId, code: 'B2', name: 'Timmar med mentor', frequency: 'quarter', reportingFrom: '2020-01-01' },
      ])
      .returning();
    const inject = (role: 'partner' | 'backbone', method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
      app.inject({ method, url: path.startsWith('/api') ? path : f.url(path), headers: f.auth(role), payload });

    // The partner reports one of its two figures for Q1 2025; the backbone sends it back.
    const saved = await inject('partner', 'PUT', '/measurements', { items: [{ indicatorId: visits.id, actorId: own, period: '2025-Q1', value: 4300 }] });
    expect(saved.statusCode).toBe(200);
    const value = saved.json().items[0];
    const returned = await inject('backbone', 'POST', '/measurements/review', { ids: [value.id], action: 'return', reason: 'Tio gånger fler än förra kvartalet?' });
    expect(returned.statusCode).toBe(200);

    // The backbone reminds the organisation of the figure still missing: an e-mail at once, and the bell.
    const reminded = await inject('backbone', 'POST', '/reminders', { period: '2025-Q1', actorIds: [own] });
    expect(reminded.statusCode).toBe(200);
    const [mail] = smtp.to(f.users.partner.email);
    expect(mail?.subject).toMatch(/^Påminnelse/);
    expect(mail?.text).toContain('B2 Timmar med mentor');

    const bell = (await inject('partner', 'GET', '/api/v1/me/notifications')).json();
    const kinds = bell.items.filter((n: { initiativeId: string }) => n.initiativeId === f.initiativeId).map((n: { kind: string }) => n.kind);
    expect(kinds.sort()).toEqual(['reminder', 'value_returned']);
    expect(bell.unread).toBeGreaterThanOrEqual(2);

    // The partner answers on the returned value, then corrects it.
    const comment = await inject('partner', 'POST', '/comments', {
      indicatorId: visits.id,
      actorId: own,
      period: '2025-Q1',
      text: 'En nolla för mycket, rätt siffra är 430.',
    });
    expect(comment.statusCode).toBe(201);
    const thread = (await inject('backbone', 'GET', `/comments?indicatorId=${visits.id}&actorId=${own}&period=2025-Q1`)).json();
    expect(thread.items.map((c: { text: string }) => c.text)).toEqual(['En nolla för mycket, rätt siffra är 430.']);

    const corrected = await inject('partner', 'PUT', '/measurements', {
      items: [{ indicatorId: visits.id, actorId: own, period: '2025-Q1', value: 430, version: value.version + 1 }],
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().items[0]).toMatchObject({ value: 430, status: 'submitted', returnReason: null });

    // History, newest first: corrected (4300 → 430), returned with the reason, entered.
    const history = (await inject('partner', 'GET', `/measurements/${value.id}/history`)).json().items;
    expect(
      history.map((h: { action: string; before: { value: number; status: string } | null; after: { value: number; status: string; returnReason: string | null } }) => [
        h.action,
        h.before ? `${h.before.value} ${h.before.status}` : null,
        `${h.after.value} ${h.after.status}`,
        h.after.returnReason,
      ]),
    ).toEqual([
      ['update', '4300 returned', '430 submitted', null],
      ['update', '4300 submitted', '4300 returned', 'Tio gånger fler än förra kvartalet?'],
      ['create', null, '4300 submitted', null],
    ]);
    // The reminder is answered too: once B2 is entered, nothing is missing for the period any more.
    const done = await inject('partner', 'PUT', '/measurements', { items: [{ indicatorId: hours.id, actorId: own, period: '2025-Q1', value: 12 }] });
    expect(done.statusCode).toBe(200);
    const status = (await inject('backbone', 'GET', '/completeness?period=2025-Q1')).json();
    const states = status.cells.filter((c: { actorId: string }) => c.actorId === own).map((c: { state: string }) => c.state);
    expect(states).toEqual(['reported', 'reported']);
  });
});
