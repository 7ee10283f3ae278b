// Who may take an initiative out as a backup and bring one in, and what a backup never contains.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../src/db/schema/index.js';
import { createFixture, testApp, type Fixture } from './helpers.js';

let f: Fixture;
let backup: Record<string, unknown>;

beforeAll(async () => {
  f = await createFixture('Backup access');
  await f.db.update(users).set({ calendarToken: 'calendar-secret-of-the-admin' }).where(eq(users.id, f.users.admin.id));
  const res = await f.app.inject({ method: 'GET', url: f.url('/backup'), headers: f.auth('admin') });
  expect(res.statusCode).toBe(200);
  backup = res.json();
});

const restore = (payload: unknown, headers: Record<string, string> = f.auth('outsider'), query = '') =>
  f.app.inject({ method: 'POST', url: `/api/v1/initiatives/restore${query}`, headers, payload: payload as object });

describe('backup route', () => {
  it.each(['backbone', 'steering', 'partner'] as const)('refuses a %s (403)', async (role) => {
    const res = await f.app.inject({ method: 'GET', url: f.url('/backup'), headers: f.auth(role) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('hides the initiative from a non-member (404) and asks an anonymous caller to sign in (401)', async () => {
    expect((await f.app.inject({ method: 'GET', url: f.url('/backup'), headers: f.auth('outsider') })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url('/backup') })).statusCode).toBe(401);
  });

  it('lists members by e-mail, name and locale, without password hashes, tokens or sessions', async () => {
    const text = JSON.stringify(backup);
    const { passwordHash } = await testApp();
    expect(text).not.toContain(passwordHash.split('$')[4]);
    expect(text).not.toMatch(/scrypt\$|passwordHash|calendarToken|calendar-secret|sessions/i);
    const people = backup.users as { email: string }[];
    expect(people.map((u) => u.email).sort()).toEqual(['admin', 'backbone', 'partner', 'steering'].map((r) => f.users[r as 'admin'].email).sort());
    for (const u of people) expect(Object.keys(u).sort()).toEqual(['email', 'id', 'locale', 'name']);
  });
});

describe('restore route', () => {
  it('asks for a sign-in', async () => {
    expect((await restore(backup, {})).statusCode).toBe(401);
  });

  it('refuses an initiative that exists here (409) and leaves everything as it was', async () => {
    const res = await restore(backup);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/already exists/);
  });

  it('restores as a new initiative with the caller as admin, members kept with their passwords', async () => {
    const res = await restore(backup, f.auth('outsider'), '?asNew=true');
    expect(res.statusCode).toBe(201);
    const { initiativeId, usersCreated, usersMatched } = res.json();
    expect(initiativeId).not.toBe(f.initiativeId);
    expect(usersCreated).toEqual([]);
    expect(usersMatched).toBe(4);
    const members = await f.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/members`, headers: f.auth('outsider') });
    expect(members.statusCode).toBe(200);
    const roles = Object.fromEntries((members.json().items as { email: string; role: string }[]).map((m) => [m.email, m.role]));
    expect(roles[f.users.outsider.email]).toBe('admin');
    expect(roles[f.users.partner.email]).toBe('partner');
    const backupByOutsider = await f.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/backup`, headers: f.auth('outsider') });
    expect(backupByOutsider.statusCode).toBe(200);
  });

  it('refuses a file from a newer format or schema (422) and a damaged one (400), in the error shape', async () => {
    const newer = await restore({ ...backup, version: 2 }, f.auth('outsider'), '?asNew=true');
    expect(newer.statusCode).toBe(422);
    expect(newer.json().error.message).toMatch(/version 2/);
    const later = await restore({ ...backup, schemaMigration: '9999_later' }, f.auth('outsider'), '?asNew=true');
    expect(later.statusCode).toBe(422);
    expect(later.json().error.message).toMatch(/newer database schema/);
    const damaged = await restore({ ...backup, actors: [{ id: 'not-an-id' }] }, f.auth('outsider'), '?asNew=true');
    expect(damaged.statusCode).toBe(400);
    expect(damaged.json().error.details[0].field).toMatch(/^actors\.0\./);
    const other = await restore({ hello: 'world' });
    expect(other.statusCode).toBe(400);
    const foreign = await restore({ ...backup, goals: [{ id: '00000000-0000-4000-8000-000000000002', initiativeId: '00000000-0000-4000-8000-000000000003', title: 'x' }] }, f.auth('outsider'), '?asNew=true');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].field).toBe('goals.0.initiativeId');
  });

  it('reads a file from before the ideas as one without ideas, and refuses a later file that lacks them', async () => {
    const withoutIdeas = Object.fromEntries(Object.entries(backup).filter(([key]) => !key.startsWith('idea')));
    expect(Object.keys(backup).filter((key) => key.startsWith('idea')).sort()).toEqual(['ideaComments', 'ideaDecisions', 'ideaGoals', 'ideaVotes', 'ideas']);
    const older = await restore({ ...withoutIdeas, schemaMigration: '0006_reads' }, f.auth('outsider'), '?asNew=true');
    expect(older.statusCode).toBe(201);
    expect(older.json().rows).toMatchObject({ ideas: 0, ideaVotes: 0 });
    const incomplete = await restore({ ...withoutIdeas, schemaMigration: '0007_ideas' }, f.auth('outsider'), '?asNew=true');
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.details.map((d: { field: string }) => d.field)).toContain('ideas');
  });

  it('restores all or nothing: a row pointing at nothing leaves no initiative behind', async () => {
    const before = (await f.app.inject({ method: 'GET', url: '/api/v1/initiatives', headers: f.auth('outsider') })).json().items.length;
    const links = backup.membershipActors as { actorId: string }[];
    expect(links).toHaveLength(1);
    const broken = { ...backup, membershipActors: [{ ...links[0], actorId: '00000000-0000-4000-8000-000000000001' }] };
    const res = await restore(broken, f.auth('outsider'), '?asNew=true');
    expect(res.statusCode).toBe(422);
    const after = (await f.app.inject({ method: 'GET', url: '/api/v1/initiatives', headers: f.auth('outsider') })).json().items.length;
    expect(after).toBe(before);
  });

  it('accepts a file larger than the usual request limit', async () => {
    const big = { ...backup, initiative: { ...(backup.initiative as object), description: 'x'.repeat(6 * 1024 * 1024) } };
    const res = await restore(big, f.auth('outsider'), '?asNew=true');
    expect(res.statusCode).toBe(201);
  });
});
