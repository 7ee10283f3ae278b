// The meeting list filtered by an indicator on the agenda or an attending actor, and an actor's
// attendance per quarter: what the indicator and actor pages read in one request each.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { indicators } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];

function call(f: Fixture, role: Role, method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function indicatorOf(f: Fixture, code: string) {
  const [row] = await f.db.insert(indicators).values({ initiativeId: f.initiativeId, code, name: `Indicator ${code}` }).returning();
  return row.id;
}

interface MeetingSpec {
  title: string;
  startsAt: string;
  status?: 'planned' | 'held' | 'cancelled';
  agenda?: (string | null)[];
  attendance?: { actorId: string; people: number }[];
}

/** A meeting of two hours with an agenda item per indicator id (null: an item on no indicator). */
async function meetingOf(f: Fixture, spec: MeetingSpec): Promise<string> {
  const endsAt = new Date(new Date(spec.startsAt).getTime() + 2 * 3600_000).toISOString();
  const created = await call(f, 'backbone', 'POST', '/meetings', {
    title: spec.title,
    kind: 'partner_meeting',
    startsAt: spec.startsAt,
    endsAt,
    status: spec.status ?? 'held',
    agendaItems: (spec.agenda ?? []).map((indicatorId, i) => ({ title: `Item ${i + 1}`, indicatorId })),
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  if (spec.attendance) {
    const put = await call(f, 'backbone', 'PUT', `/meetings/${id}/attendance`, { items: spec.attendance });
    expect(put.statusCode).toBe(200);
  }
  return id;
}

const titles = async (f: Fixture, query: string, role: Role = 'partner') => {
  const res = await call(f, role, 'GET', `/meetings${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((m: { title: string; status: string }) => `${m.title} (${m.status})`);
};

function expectBadId(res: { statusCode: number; json(): unknown }, field: string) {
  expect(res.statusCode).toBe(400);
  expect(res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), details: [expect.objectContaining({ field })] } });
}

describe('meeting list filters', () => {
  it('lists only the meetings whose agenda took up the indicator, cancelled ones with their status', async () => {
    const f = await createFixture();
    const x = await indicatorOf(f, 'X1');
    const y = await indicatorOf(f, 'Y1');
    await meetingOf(f, { title: 'A', startsAt: '2025-02-10T09:00:00Z', agenda: [null, x, x] });
    await meetingOf(f, { title: 'B', startsAt: '2025-03-10T09:00:00Z', agenda: [y, null] });
    await meetingOf(f, { title: 'C', startsAt: '2025-04-10T09:00:00Z' });
    await meetingOf(f, { title: 'D', startsAt: '2025-05-10T09:00:00Z', status: 'cancelled', agenda: [x] });
    await meetingOf(f, { title: 'E', startsAt: '2099-05-10T09:00:00Z', status: 'planned', agenda: [y, x] });

    expect(await titles(f, `?indicatorId=${x}`)).toEqual(['A (held)', 'D (cancelled)', 'E (planned)']);
    expect(await titles(f, `?indicatorId=${y}`, 'steering')).toEqual(['B (held)', 'E (planned)']);
    // Combined with the other filters, and paged: each meeting once, however many items it has on X.
    expect(await titles(f, `?indicatorId=${x}&upcoming=false`)).toEqual(['A (held)', 'D (cancelled)']);
    const first = (await call(f, 'partner', 'GET', `/meetings?indicatorId=${x}&limit=2`)).json();
    expect(first.items.map((m: { title: string }) => m.title)).toEqual(['A', 'D']);
    const second = (await call(f, 'partner', 'GET', `/meetings?indicatorId=${x}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toEqual({ items: [expect.objectContaining({ title: 'E' })], nextCursor: null });
    // The items are the list's, counts over the whole meeting.
    expect(first.items[0]).toMatchObject({ agendaItemCount: 3, attendanceCount: 0 });
    expect(await titles(f, `?indicatorId=${randomUUID()}`)).toEqual([]);
  });

  it('lists only the meetings the actor attended with at least one person', async () => {
    const f = await createFixture();
    const [a, b] = f.actorIds;
    await meetingOf(f, { title: 'Both', startsAt: '2025-02-10T09:00:00Z', attendance: [{ actorId: a, people: 2 }, { actorId: b, people: 1 }] });
    await meetingOf(f, { title: 'Only B', startsAt: '2025-03-10T09:00:00Z', attendance: [{ actorId: b, people: 1 }] });
    await meetingOf(f, { title: 'A with nobody', startsAt: '2025-04-10T09:00:00Z', attendance: [{ actorId: a, people: 0 }, { actorId: b, people: 3 }] });
    await meetingOf(f, { title: 'Cancelled', startsAt: '2025-05-10T09:00:00Z', status: 'cancelled', attendance: [{ actorId: a, people: 1 }] });
    await meetingOf(f, { title: 'Not taken', startsAt: '2025-06-10T09:00:00Z' });

    expect(await titles(f, `?actorId=${a}`)).toEqual(['Both (held)', 'Cancelled (cancelled)']);
    // A partner sees the attendance of other organisations, as it does in each meeting's record.
    expect(await titles(f, `?actorId=${b}`)).toEqual(['Both (held)', 'Only B (held)', 'A with nobody (held)']);
    expect(await titles(f, `?actorId=${a}&to=2025-04-01T00:00:00Z`, 'steering')).toEqual(['Both (held)']);
  });

  it('answers 400 with the error body for ids that are not uuids', async () => {
    const f = await createFixture();
    expectBadId(await call(f, 'partner', 'GET', '/meetings?indicatorId=42'), 'querystring.indicatorId');
    expectBadId(await call(f, 'partner', 'GET', '/meetings?actorId=not-an-id'), 'querystring.actorId');
    expectBadId(await call(f, 'partner', 'GET', '/actors/not-an-id/attendance'), 'params.id');
  });

  it('finds nothing through another initiative’s indicator or actor, and lets no outsider in', async () => {
    const f = await createFixture('Hagby');
    const other = await createFixture('Rosengård', { app: f.app, db: f.db });
    const ours = await indicatorOf(f, 'X1');
    const theirs = await indicatorOf(other, 'Z1');
    await meetingOf(f, { title: 'Ours', startsAt: '2025-02-10T09:00:00Z', agenda: [ours], attendance: [{ actorId: f.actorIds[0], people: 2 }] });
    await meetingOf(other, { title: 'Theirs', startsAt: '2025-02-10T09:00:00Z', agenda: [theirs], attendance: [{ actorId: other.actorIds[0], people: 2 }] });

    expect(await titles(f, `?indicatorId=${theirs}`, 'admin')).toEqual([]);
    expect(await titles(f, `?actorId=${other.actorIds[0]}`, 'admin')).toEqual([]);
    expect(await titles(other, `?indicatorId=${ours}`, 'admin')).toEqual([]);
    expect(await titles(other, `?actorId=${theirs}`, 'admin')).toEqual([]);
    expect(await titles(other, `?indicatorId=${theirs}`, 'admin')).toEqual(['Theirs (held)']);
    // The other initiative's members are outsiders here.
    const outsider = await f.app.inject({ method: 'GET', url: f.url(`/meetings?indicatorId=${ours}`), headers: other.auth('admin') });
    expect(outsider.statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', `/actors/${f.actorIds[0]}/attendance`)).statusCode).toBe(404);
    const foreignActor = await call(f, 'admin', 'GET', `/actors/${other.actorIds[0]}/attendance`);
    expect(foreignActor.statusCode).toBe(404);
    expect(foreignActor.json().error.code).toEqual(expect.any(String));
  });
});

describe('attendance of an actor per quarter', () => {
  it('counts the meetings held with attendance taken, those the actor came to and the people it sent', async () => {
    const f = await createFixture();
    const [a, b] = f.actorIds;
    await meetingOf(f, { title: 'Q1 both', startsAt: '2025-01-20T09:00:00Z', attendance: [{ actorId: a, people: 2 }, { actorId: b, people: 1 }] });
    await meetingOf(f, { title: 'Q1 without A', startsAt: '2025-02-20T09:00:00Z', attendance: [{ actorId: b, people: 1 }] });
    // Late on 31 March in UTC (already April in Stockholm): the quarter is the UTC one, as the page's always was.
    await meetingOf(f, { title: 'Q1 A sent nobody', startsAt: '2025-03-31T21:30:00Z', attendance: [{ actorId: a, people: 0 }, { actorId: b, people: 3 }] });
    // Not held, or held without attendance: they say nothing about anyone.
    await meetingOf(f, { title: 'Q2 not taken', startsAt: '2025-04-10T09:00:00Z' });
    await meetingOf(f, { title: 'Q2 cancelled', startsAt: '2025-04-20T09:00:00Z', status: 'cancelled', attendance: [{ actorId: a, people: 5 }] });
    await meetingOf(f, { title: 'Q2 planned', startsAt: '2025-05-20T09:00:00Z', status: 'planned', attendance: [{ actorId: a, people: 5 }] });
    await meetingOf(f, { title: 'Q4 2024', startsAt: '2024-11-05T09:00:00Z', attendance: [{ actorId: b, people: 2 }] });
    await meetingOf(f, { title: 'Q2 A', startsAt: '2025-06-30T08:00:00Z', attendance: [{ actorId: a, people: 4 }] });

    const of = async (actorId: string, role: Role) => {
      const res = await call(f, role, 'GET', `/actors/${actorId}/attendance`);
      expect(res.statusCode).toBe(200);
      return res.json().items;
    };
    expect(await of(a, 'partner')).toEqual([
      { period: '2024-Q4', held: 1, attended: 0, people: 0 },
      { period: '2025-Q1', held: 3, attended: 1, people: 2 },
      { period: '2025-Q2', held: 1, attended: 1, people: 4 },
    ]);
    // Every member reads any actor's attendance, the partner another organisation's too.
    expect(await of(b, 'partner')).toEqual([
      { period: '2024-Q4', held: 1, attended: 1, people: 2 },
      { period: '2025-Q1', held: 3, attended: 3, people: 5 },
      { period: '2025-Q2', held: 1, attended: 0, people: 0 },
    ]);
    expect(await of(b, 'steering')).toEqual(await of(b, 'admin'));
  });

  it('is empty without meetings held, and 404 for an actor that is not the initiative’s', async () => {
    const f = await createFixture();
    await meetingOf(f, { title: 'Planned', startsAt: '2025-01-20T09:00:00Z', status: 'planned', attendance: [{ actorId: f.actorIds[0], people: 2 }] });
    expect((await call(f, 'backbone', 'GET', `/actors/${f.actorIds[0]}/attendance`)).json()).toEqual({ items: [] });
    const unknown = await call(f, 'backbone', 'GET', `/actors/${randomUUID()}/attendance`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });
});
