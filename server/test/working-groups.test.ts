import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, workingGroups } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];

function call(f: Fixture, role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

function auditOf(f: Fixture, entityId: string) {
  return f.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'working_group'), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

describe('working groups', () => {
  it('creates a group with member actors, lists it and reads it', async () => {
    const f = await createFixture();
    const [a, b] = f.actorIds;
    const res = await call(f, 'backbone', 'POST', '/working-groups', { name: 'Lokal förankring', purpose: 'Roots', actorIds: [b, a, b] });
    expect(res.statusCode).toBe(201);
    const group = res.json();
    expect(group).toMatchObject({ name: 'Lokal förankring', purpose: 'Roots', actorIds: [a, b] });
    const empty = await call(f, 'admin', 'POST', '/working-groups', { name: 'Kommunikation' });
    expect(empty.json()).toMatchObject({ purpose: '', actorIds: [] });

    const list = await call(f, 'partner', 'GET', '/working-groups');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((g: { name: string; actorIds: string[] }) => [g.name, g.actorIds.length])).toEqual([
      ['Kommunikation', 0],
      ['Lokal förankring', 2],
    ]);
    expect((await call(f, 'steering', 'GET', `/working-groups/${group.id}`)).json()).toEqual(group);
    const [entry] = await auditOf(f, group.id);
    expect(entry).toMatchObject({ action: 'create', userId: f.users.backbone.id, after: expect.objectContaining({ actorIds: [a, b] }) });
  });

  it('validates with field details', async () => {
    const f = await createFixture();
    const res = await call(f, 'backbone', 'POST', '/working-groups', { name: '', actorIds: ['not-a-uuid'] });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(expect.arrayContaining(['body.name', 'body.actorIds.0']));
  });

  it('refuses actors of another initiative (422) and writes nothing', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const res = await call(f, 'backbone', 'POST', '/working-groups', { name: 'Mixed', actorIds: [f.actorIds[0], other.actorIds[0]] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'body.actorIds', actorIds: [other.actorIds[0]] })]);
    const rows = await f.db.select().from(workingGroups).where(eq(workingGroups.initiativeId, f.initiativeId));
    expect(rows).toHaveLength(0);

    const group = (await call(f, 'backbone', 'POST', '/working-groups', { name: 'Resurser', actorIds: [f.actorIds[0]] })).json();
    const patch = await call(f, 'backbone', 'PATCH', `/working-groups/${group.id}`, { name: 'Renamed', actorIds: [other.actorIds[1]] });
    expect(patch.statusCode).toBe(422);
    const unchanged = await call(f, 'backbone', 'GET', `/working-groups/${group.id}`);
    expect(unchanged.json()).toMatchObject({ name: 'Resurser', actorIds: [f.actorIds[0]] });
  });

  it('updates name, purpose and members; members are replaced only when given', async () => {
    const f = await createFixture();
    const [a, b] = f.actorIds;
    const group = (await call(f, 'backbone', 'POST', '/working-groups', { name: 'Behovsinventering', actorIds: [a] })).json();
    const renamed = await call(f, 'admin', 'PATCH', `/working-groups/${group.id}`, { purpose: 'Map the needs' });
    expect(renamed.json()).toMatchObject({ name: 'Behovsinventering', purpose: 'Map the needs', actorIds: [a] });
    const members = await call(f, 'admin', 'PATCH', `/working-groups/${group.id}`, { actorIds: [b] });
    expect(members.statusCode).toBe(200);
    expect(members.json().actorIds).toEqual([b]);
    const entries = await auditOf(f, group.id);
    expect(entries.at(-1)).toMatchObject({
      action: 'update',
      before: expect.objectContaining({ actorIds: [a] }),
      after: expect.objectContaining({ actorIds: [b] }),
    });
  });

  it('refuses a duplicate name with 409', async () => {
    const f = await createFixture();
    await call(f, 'backbone', 'POST', '/working-groups', { name: 'Kommunikation' });
    const dup = await call(f, 'backbone', 'POST', '/working-groups', { name: 'Kommunikation' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('"Kommunikation"');
    const second = (await call(f, 'backbone', 'POST', '/working-groups', { name: 'Resurser' })).json();
    expect((await call(f, 'backbone', 'PATCH', `/working-groups/${second.id}`, { name: 'Kommunikation' })).statusCode).toBe(409);
    expect((await call(f, 'backbone', 'PATCH', `/working-groups/${second.id}`, { name: 'Resurser' })).statusCode).toBe(200);
  });

  it('deletes a group and keeps its actors', async () => {
    const f = await createFixture();
    const group = (await call(f, 'backbone', 'POST', '/working-groups', { name: 'Temp', actorIds: f.actorIds })).json();
    expect((await call(f, 'backbone', 'DELETE', `/working-groups/${group.id}`)).statusCode).toBe(204);
    expect((await call(f, 'backbone', 'GET', `/working-groups/${group.id}`)).statusCode).toBe(404);
    expect((await call(f, 'backbone', 'GET', `/actors/${f.actorIds[0]}`)).statusCode).toBe(200);
    const entries = await auditOf(f, group.id);
    expect(entries.at(-1)).toMatchObject({ action: 'delete', before: expect.objectContaining({ name: 'Temp' }), after: null });
  });

  it('applies the role rules and hides other initiatives', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const group = (await call(f, 'backbone', 'POST', '/working-groups', { name: 'G' })).json();
    const foreign = (await call(other, 'backbone', 'POST', '/working-groups', { name: 'Theirs' })).json();
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'GET', '/working-groups')).statusCode).toBe(200);
      expect((await call(f, role, 'POST', '/working-groups', { name: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', `/working-groups/${group.id}`, { name: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', `/working-groups/${group.id}`)).statusCode).toBe(403);
    }
    expect((await call(f, 'outsider', 'GET', '/working-groups')).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', `/working-groups/${group.id}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'GET', `/working-groups/${foreign.id}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'PATCH', `/working-groups/${foreign.id}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await call(f, 'admin', 'DELETE', `/working-groups/${foreign.id}`)).statusCode).toBe(404);
  });
});
