import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, indicators, measurements } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];
type ActorBody = { id: string; name: string; competences: string[]; needs: string[] };

function call(f: Fixture, role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function createActor(f: Fixture, body: Record<string, unknown>): Promise<ActorBody> {
  const res = await call(f, 'backbone', 'POST', '/actors', { sector: 'civil_society', ...body });
  expect(res.statusCode).toBe(201);
  return res.json();
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

async function names(f: Fixture, query: string) {
  const res = await call(f, 'partner', 'GET', `/actors${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((a: ActorBody) => a.name);
}

function isoDay(offsetDays: number) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('actors', () => {
  it('creates an actor with defaults and cleaned competences and needs, audited', async () => {
    const f = await createFixture();
    const res = await call(f, 'admin', 'POST', '/actors', {
      name: ' Stadsdelsförvaltningen ',
      sector: 'public',
      competences: [' Mentoring ', 'mentoring', '', 'Läxhjälp', '  Data   analysis '],
      needs: ['Volunteers', 'volunteers '],
      contactEmail: 'info@example.se',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      name: 'Stadsdelsförvaltningen',
      sector: 'public',
      role: 'partner',
      description: '',
      // Joined the day it is added, unless told otherwise.
      joinedOn: new Date().toISOString().slice(0, 10),
      leftOn: null,
      competences: ['Mentoring', 'Läxhjälp', 'Data analysis'],
      needs: ['Volunteers'],
    });
    expect((await call(f, 'steering', 'GET', `/actors/${created.id}`)).json()).toEqual(created);
    const entries = await f.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'actor'), eq(auditLog.entityId, created.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', userId: f.users.admin.id, after: expect.objectContaining({ needs: ['Volunteers'] }) });
  });

  it('validates with field details, including the dates across fields', async () => {
    const f = await createFixture();
    const res = await call(f, 'backbone', 'POST', '/actors', { name: '', sector: 'church', contactEmail: 'nope', joinedOn: '2025-13-01' });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(expect.arrayContaining(['body.name', 'body.sector', 'body.contactEmail', 'body.joinedOn']));
    const dates = await call(f, 'backbone', 'POST', '/actors', { name: 'X', sector: 'public', joinedOn: '2025-05-01', leftOn: '2025-04-30' });
    expect(dates.statusCode).toBe(400);
    expect(fields(dates)).toEqual(['body.leftOn']);
    // The patch is checked against the stored joining date.
    const a = await createActor(f, { name: 'Dated', joinedOn: '2024-01-01' });
    const patch = await call(f, 'backbone', 'PATCH', `/actors/${a.id}`, { leftOn: '2023-12-31' });
    expect(patch.statusCode).toBe(400);
    expect(fields(patch)).toEqual(['body.leftOn']);
    expect((await call(f, 'backbone', 'GET', '/actors?sector=church')).statusCode).toBe(400);
  });

  it('refuses a second actor with the same name (409), also on rename', async () => {
    const f = await createFixture();
    const res = await call(f, 'backbone', 'POST', '/actors', { name: 'Actor A', sector: 'public' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('"Actor A"');
    const rename = await call(f, 'backbone', 'PATCH', `/actors/${f.actorIds[1]}`, { name: 'Actor A' });
    expect(rename.statusCode).toBe(409);
    expect((await call(f, 'backbone', 'PATCH', `/actors/${f.actorIds[1]}`, { name: 'Actor B2' })).statusCode).toBe(200);
  });

  it('filters the competence directory', async () => {
    const f = await createFixture();
    await createActor(f, { name: 'Fotbollsklubben', sector: 'civil_society', role: 'partner', competences: ['Sport', 'Mentoring'], needs: ['Premises'] });
    await createActor(f, { name: 'Bostadsbolaget', sector: 'housing', role: 'steering_group', description: 'Owns 3 000 flats', competences: ['Premises'] });
    await createActor(f, { name: 'Skolan', sector: 'education', role: 'process_group', needs: ['mentoring', 'Homework help'], joinedOn: isoDay(10) });
    await createActor(f, { name: 'Gamla föreningen 100%', sector: 'civil_society', joinedOn: '2020-01-01', leftOn: isoDay(-1) });

    expect(await names(f, '')).toEqual(['Actor A', 'Actor B', 'Bostadsbolaget', 'Fotbollsklubben', 'Gamla föreningen 100%', 'Skolan']);
    expect(await names(f, '?q=MENTOR')).toEqual(['Fotbollsklubben', 'Skolan']);
    expect(await names(f, '?q=flats')).toEqual(['Bostadsbolaget']);
    expect(await names(f, '?q=homework')).toEqual(['Skolan']);
    expect(await names(f, `?q=${encodeURIComponent('100%')}`)).toEqual(['Gamla föreningen 100%']);
    expect(await names(f, `?q=${encodeURIComponent('%')}`)).toEqual(['Gamla föreningen 100%']);
    expect(await names(f, '?sector=housing')).toEqual(['Bostadsbolaget']);
    expect(await names(f, '?role=process_group')).toEqual(['Skolan']);
    expect(await names(f, '?competence=premises')).toEqual(['Bostadsbolaget']);
    expect(await names(f, '?need=Premises')).toEqual(['Fotbollsklubben']);
    expect(await names(f, '?need=mentoring&sector=education')).toEqual(['Skolan']);
    expect(await names(f, '?active=true')).toEqual(['Actor A', 'Actor B', 'Bostadsbolaget', 'Fotbollsklubben']);
    expect(await names(f, '?active=false')).toEqual(['Gamla föreningen 100%', 'Skolan']);
    const bad = await call(f, 'partner', 'GET', '/actors?active=yes');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['querystring.active']);
  });

  it('summarises competences and needs with counts, ignoring case', async () => {
    const f = await createFixture();
    await createActor(f, { name: 'One', competences: ['Mentoring', 'Sport'], needs: ['Premises'] });
    await createActor(f, { name: 'Two', competences: ['mentoring'], needs: ['Funding', 'premises'] });
    const other = await createFixture();
    await createActor(other, { name: 'Elsewhere', competences: ['Mentoring'] });
    const res = await call(f, 'partner', 'GET', '/actors/competences');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.competences).toEqual([
      { name: expect.stringMatching(/^mentoring$/i), count: 2 },
      { name: 'Sport', count: 1 },
    ]);
    expect(body.needs).toEqual([
      { name: expect.stringMatching(/^premises$/i), count: 2 },
      { name: 'Funding', count: 1 },
    ]);
  });

  it('lets a partner edit the profile of its own actor only', async () => {
    const f = await createFixture();
    const [own, other] = f.actorIds;
    const ok = await call(f, 'partner', 'PATCH', `/actors/${own}`, {
      description: 'Youth club',
      contactEmail: 'hej@example.se',
      competences: ['Sport', 'sport '],
      needs: ['Premises'],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Actor A', description: 'Youth club', competences: ['Sport'], needs: ['Premises'] });
    const [entry] = await f.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'actor'), eq(auditLog.entityId, own)))
      .orderBy(asc(auditLog.id));
    expect(entry).toMatchObject({ action: 'update', userId: f.users.partner.id, before: expect.objectContaining({ description: '' }) });

    for (const body of [{ name: 'Renamed' }, { sector: 'business' }, { description: 'x', leftOn: '2030-01-01' }]) {
      const res = await call(f, 'partner', 'PATCH', `/actors/${own}`, body);
      expect(res.statusCode).toBe(403);
    }
    expect((await call(f, 'partner', 'PATCH', `/actors/${other}`, { description: 'Not mine' })).statusCode).toBe(403);
    expect((await call(f, 'steering', 'PATCH', `/actors/${own}`, { description: 'x' })).statusCode).toBe(403);
    expect((await call(f, 'outsider', 'PATCH', `/actors/${own}`, { description: 'x' })).statusCode).toBe(404);
    const after = await call(f, 'admin', 'GET', `/actors/${own}`);
    expect(after.json()).toMatchObject({ name: 'Actor A', sector: 'civil_society', description: 'Youth club', leftOn: null });
    const otherAfter = await call(f, 'admin', 'GET', `/actors/${other}`);
    expect(otherAfter.json().description).toBe('');
  });

  it('lets editors change any field', async () => {
    const f = await createFixture();
    const res = await call(f, 'backbone', 'PATCH', `/actors/${f.actorIds[1]}`, { sector: 'business', role: 'steering_group', leftOn: '2026-06-30' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sector: 'business', role: 'steering_group', leftOn: '2026-06-30' });
  });

  it('deletes an actor without values and refuses one with values (409)', async () => {
    const f = await createFixture();
    const [ind] = await f.db.insert(indicators).values({ initiativeId: f.initiativeId, code: 'A1', name: 'Visitors' }).returning();
    await f.db.insert(measurements).values({
      initiativeId: f.initiativeId,
      indicatorId: ind.id,
      actorId: f.actorIds[0],
      period: '2025-Q1',
      periodStart: '2025-01-01',
      value: 12,
    });
    const refused = await call(f, 'admin', 'DELETE', `/actors/${f.actorIds[0]}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('leftOn');
    expect((await call(f, 'partner', 'DELETE', `/actors/${f.actorIds[1]}`)).statusCode).toBe(403);
    expect((await call(f, 'steering', 'DELETE', `/actors/${f.actorIds[1]}`)).statusCode).toBe(403);
    const res = await call(f, 'backbone', 'DELETE', `/actors/${f.actorIds[1]}`);
    expect(res.statusCode).toBe(204);
    expect((await call(f, 'backbone', 'GET', `/actors/${f.actorIds[1]}`)).statusCode).toBe(404);
    const [entry] = await f.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'actor'), eq(auditLog.entityId, f.actorIds[1])));
    expect(entry).toMatchObject({ action: 'delete', userId: f.users.backbone.id, before: expect.objectContaining({ name: 'Actor B' }) });
  });

  it('keeps actors of other initiatives out of reach', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const foreign = other.actorIds[1];
    expect((await call(f, 'admin', 'GET', `/actors/${foreign}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'PATCH', `/actors/${foreign}`, { description: 'x' })).statusCode).toBe(404);
    expect((await call(f, 'admin', 'DELETE', `/actors/${foreign}`)).statusCode).toBe(404);
    expect((await call(f, 'partner', 'PATCH', `/actors/${other.actorIds[0]}`, { description: 'x' })).statusCode).toBe(403);
    expect((await call(f, 'outsider', 'GET', '/actors')).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', '/actors/competences')).statusCode).toBe(404);
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'POST', '/actors', { name: 'New', sector: 'public' })).statusCode).toBe(403);
    }
    expect(await names(f, '')).toEqual(['Actor A', 'Actor B']);
  });
});
