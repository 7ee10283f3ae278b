import { describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Entry = { id: number; userId: string | null; userName: string | null; action: string; entityType: string; entityId: string; at: string };

function audit(f: Fixture, query = '', role: Parameters<Fixture['auth']>[0] = 'steering') {
  return f.app.inject({ method: 'GET', url: f.url(`/audit${query}`), headers: f.auth(role) });
}

describe('GET /audit', () => {
  it('lists the initiative’s writes newest first, with user names, filtered and paged', async () => {
    const f = await createFixture();
    const other = await createFixture();
    await f.app.inject({ method: 'PATCH', url: f.url(), headers: f.auth('backbone'), payload: { vision: 'Every child finds a way' } });
    await other.app.inject({ method: 'PATCH', url: other.url(), headers: other.auth('backbone'), payload: { vision: 'Elsewhere' } });
    await f.db.insert(auditLog).values([
      { initiativeId: f.initiativeId, userId: f.users.admin.id, action: 'create', entityType: 'goal', entityId: 'g-1', at: new Date('2024-03-01T10:00:00Z') },
      { initiativeId: f.initiativeId, userId: null, action: 'delete', entityType: 'goal', entityId: 'g-1', at: new Date('2024-03-02T23:30:00Z') },
    ]);

    const all = await audit(f);
    expect(all.statusCode).toBe(200);
    const body = all.json();
    expect(body.total).toBe(3);
    expect(body.items.map((e: Entry) => [e.action, e.entityType])).toEqual([
      ['update', 'initiative'],
      ['delete', 'goal'],
      ['create', 'goal'],
    ]);
    expect(body.items[0]).toMatchObject({ userId: f.users.backbone.id, userName: 'backbone user', entityId: f.initiativeId });
    expect(body.items[0].after).toMatchObject({ vision: 'Every child finds a way' });
    expect(body.items[1]).toMatchObject({ userId: null, userName: null });

    const ids = async (query: string) => (await audit(f, query)).json().items.map((e: Entry) => `${e.action}:${e.entityType}`);
    expect(await ids('?entityType=goal')).toEqual(['delete:goal', 'create:goal']);
    expect(await ids('?entityType=goal&entityId=g-1')).toEqual(['delete:goal', 'create:goal']);
    expect(await ids(`?userId=${f.users.admin.id}`)).toEqual(['create:goal']);
    expect(await ids('?from=2024-03-02&to=2024-03-02')).toEqual(['delete:goal']);
    expect(await ids('?to=2024-03-01')).toEqual(['create:goal']);
    expect(await ids('?from=2024-03-03')).toEqual(['update:initiative']);
    const page = (await audit(f, '?limit=1&offset=1')).json();
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items.map((e: Entry) => e.action)).toEqual(['delete']);
  });

  it('validates the filters', async () => {
    const f = await createFixture();
    const res = await audit(f, '?from=2024-13-01&userId=nobody&limit=5000');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['querystring.from', 'querystring.limit', 'querystring.userId']);
  });

  it('is readable by admin, backbone and steering, and has no write route', async () => {
    const f = await createFixture();
    for (const role of ['admin', 'backbone', 'steering'] as const) expect((await audit(f, '', role)).statusCode).toBe(200);
    expect((await audit(f, '', 'partner')).statusCode).toBe(403);
    expect((await audit(f, '', 'outsider')).statusCode).toBe(404);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await f.app.inject({ method, url: f.url('/audit'), headers: f.auth('admin'), payload: {} });
      expect(res.statusCode).toBe(404);
    }
  });
});
