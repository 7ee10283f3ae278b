import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, memberships } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];

function patch(f: Fixture, role: Role, payload: Record<string, unknown>) {
  return f.app.inject({ method: 'PATCH', url: f.url(), headers: f.auth(role), payload });
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

describe('initiative settings', () => {
  it('reads and saves every setting, auto lock included, and audits before and after', async () => {
    const f = await createFixture();
    const initial = await f.app.inject({ method: 'GET', url: f.url(), headers: f.auth('partner') });
    expect(initial.json()).toMatchObject({ autoLock: false, requiresApproval: false, lockedThrough: null, reportingDeadlineDays: 30, publicView: false, publicThreshold: 5 });

    const settings = { autoLock: true, requiresApproval: true, lockedThrough: '2024-H2', reportingDeadlineDays: 45, publicView: true, publicThreshold: 10, locale: 'da' };
    const res = await patch(f, 'backbone', settings);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject(settings);
    expect((await f.app.inject({ method: 'GET', url: f.url(), headers: f.auth('steering') })).json()).toMatchObject(settings);

    const [entry] = await f.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'initiative'), eq(auditLog.entityId, f.initiativeId)))
      .orderBy(asc(auditLog.id));
    expect(entry).toMatchObject({ action: 'update', userId: f.users.backbone.id, before: { autoLock: false, reportingDeadlineDays: 30 }, after: { autoLock: true, reportingDeadlineDays: 45, lockedThrough: '2024-H2' } });

    // Clearing the lock and turning auto lock off again.
    const cleared = await patch(f, 'admin', { lockedThrough: null, autoLock: false });
    expect(cleared.json()).toMatchObject({ lockedThrough: null, autoLock: false, reportingDeadlineDays: 45 });
  });

  it('answers 400 at the field for days, threshold, period key, flags and language out of range', async () => {
    const f = await createFixture();
    const cases: [Record<string, unknown>, string][] = [
      [{ reportingDeadlineDays: -1 }, 'body.reportingDeadlineDays'],
      [{ reportingDeadlineDays: 366 }, 'body.reportingDeadlineDays'],
      [{ reportingDeadlineDays: 2.5 }, 'body.reportingDeadlineDays'],
      [{ publicThreshold: 101 }, 'body.publicThreshold'],
      [{ publicThreshold: -1 }, 'body.publicThreshold'],
      [{ lockedThrough: '2025-Q5' }, 'body.lockedThrough'],
      [{ lockedThrough: '2025-13' }, 'body.lockedThrough'],
      [{ lockedThrough: 'last quarter' }, 'body.lockedThrough'],
      [{ autoLock: 'yes' }, 'body.autoLock'],
      [{ requiresApproval: 1 }, 'body.requiresApproval'],
      [{ locale: 'fr' }, 'body.locale'],
    ];
    for (const [payload, field] of cases) {
      const res = await patch(f, 'admin', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(fields(res), JSON.stringify(payload)).toEqual([field]);
    }
    // The edges are accepted.
    expect((await patch(f, 'admin', { reportingDeadlineDays: 0, publicThreshold: 0 })).json()).toMatchObject({ reportingDeadlineDays: 0, publicThreshold: 0 });
    expect((await patch(f, 'admin', { reportingDeadlineDays: 365, publicThreshold: 100, lockedThrough: '2024-12' })).json()).toMatchObject({
      reportingDeadlineDays: 365,
      publicThreshold: 100,
      lockedThrough: '2024-12',
    });
  });

  it('lets admin and backbone change settings; steering and partner get 403, outsiders 404, and nothing changes', async () => {
    const f = await createFixture();
    for (const role of ['steering', 'partner'] as const) {
      const res = await patch(f, role, { autoLock: true });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await patch(f, 'outsider', { autoLock: true })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url(), headers: f.auth('admin') })).json().autoLock).toBe(false);
    expect((await patch(f, 'admin', { autoLock: true })).statusCode).toBe(200);
  });
});

describe('POST /initiatives', () => {
  it('creates an initiative with its settings and makes the caller its admin', async () => {
    const f = await createFixture();
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/v1/initiatives',
      headers: f.auth('partner'),
      payload: { name: '  Södra Hagen tillsammans ', area: 'Södra Hagen', locale: 'sv', vision: 'Alla unga hittar en väg till arbete.' },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: 'Södra Hagen tillsammans', area: 'Södra Hagen', locale: 'sv', autoLock: false, reportingDeadlineDays: 30, publicView: false });
    const [membership] = await f.db.select().from(memberships).where(eq(memberships.initiativeId, created.id));
    expect(membership).toMatchObject({ userId: f.users.partner.id, role: 'admin' });
    const list = await f.app.inject({ method: 'GET', url: '/api/v1/initiatives', headers: f.auth('partner') });
    expect(list.json().items.map((i: { id: string; role: string }) => [i.id, i.role])).toContainEqual([created.id, 'admin']);
  });

  it('refuses an empty name, an unknown language and a signed-out caller', async () => {
    const f = await createFixture();
    const empty = await f.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: f.auth('admin'), payload: { name: '   ', locale: 'xx' } });
    expect(empty.statusCode).toBe(400);
    expect(fields(empty).sort()).toEqual(['body.locale', 'body.name']);
    const anonymous = await f.app.inject({ method: 'POST', url: '/api/v1/initiatives', payload: { name: 'X' } });
    expect(anonymous.statusCode).toBe(401);
  });
});
