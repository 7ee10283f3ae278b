import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, meetings, workingGroups } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function call(f: Fixture, role: Role, method: Method, path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

function auditOf(f: Fixture, entityType: string, entityId: string) {
  return f.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

/** The local wall-clock time of an instant, e.g. `2025-04-15 16:00`. */
function local(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

const quarterly = {
  name: 'Partner meeting',
  kind: 'partner_meeting',
  rrule: 'FREQ=MONTHLY;INTERVAL=3',
  startsAt: '2025-01-15T15:00:00Z',
  durationMinutes: 150,
  timezone: 'Europe/Stockholm',
  place: 'Folkets hus',
  defaultAgenda: ['Introductions round', 'Current matters', 'Guest speaker', 'Discussion'],
};

describe('meeting series', () => {
  it('creates a quarterly series and shows its next four occurrences at the usual local time', async () => {
    const f = await createFixture();
    const res = await call(f, 'backbone', 'POST', '/meeting-series', quarterly);
    expect(res.statusCode).toBe(201);
    const series = res.json();
    expect(series).toMatchObject({ ...quarterly, startsAt: '2025-01-15T15:00:00.000Z', workingGroupId: null });
    const now = Date.now();
    expect(series.nextOccurrences).toHaveLength(4);
    let previous = now;
    for (const at of series.nextOccurrences as string[]) {
      expect(new Date(at).getTime()).toBeGreaterThanOrEqual(previous);
      previous = new Date(at).getTime();
      // The 15th of January, April, July or October, at 16:00 in Stockholm whatever the season.
      expect(local(at, 'Europe/Stockholm')).toMatch(/^\d{4}-(01|04|07|10)-15 16:00$/);
    }
    expect((await call(f, 'partner', 'GET', `/meeting-series/${series.id}`)).json()).toEqual(series);
    expect((await call(f, 'steering', 'GET', '/meeting-series')).json().items.map((s: { id: string }) => s.id)).toEqual([series.id]);
    const [entry] = await auditOf(f, 'meeting_series', series.id);
    expect(entry).toMatchObject({ action: 'create', userId: f.users.backbone.id, after: expect.objectContaining({ rrule: quarterly.rrule }) });
  });

  it('expands FREQ=MONTHLY;INTERVAL=3 from the series start, across daylight-saving time', async () => {
    const f = await createFixture();
    const stockholm = (await call(f, 'backbone', 'POST', '/meeting-series', quarterly)).json();
    const res = await call(f, 'partner', 'GET', `/meeting-series/${stockholm.id}/occurrences?from=2024-06-01T00:00:00Z&to=2025-12-31T23:59:59Z`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { startsAt: '2025-01-15T15:00:00.000Z', endsAt: '2025-01-15T17:30:00.000Z', meetingId: null },
      { startsAt: '2025-04-15T14:00:00.000Z', endsAt: '2025-04-15T16:30:00.000Z', meetingId: null },
      { startsAt: '2025-07-15T14:00:00.000Z', endsAt: '2025-07-15T16:30:00.000Z', meetingId: null },
      { startsAt: '2025-10-15T14:00:00.000Z', endsAt: '2025-10-15T16:30:00.000Z', meetingId: null },
    ]);

    const utc = (await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, name: 'UTC', timezone: 'UTC', startsAt: '2024-11-30T09:00:00Z' })).json();
    const limited = await call(f, 'steering', 'GET', `/meeting-series/${utc.id}/occurrences?from=2025-01-01T00:00:00Z&limit=3`);
    // There is no 30 February: RFC 5545 skips such a month rather than moving the date.
    expect(limited.json().items.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2025-05-30T09:00:00.000Z',
      '2025-08-30T09:00:00.000Z',
      '2025-11-30T09:00:00.000Z',
    ]);

    const backwards = await call(f, 'steering', 'GET', `/meeting-series/${utc.id}/occurrences?from=2025-06-01T00:00:00Z&to=2025-01-01T00:00:00Z`);
    expect(backwards.statusCode).toBe(400);
    expect(fields(backwards)).toEqual(['querystring.to']);
    const badLimit = await call(f, 'steering', 'GET', `/meeting-series/${utc.id}/occurrences?limit=0&from=yesterday`);
    expect(fields(badLimit)).toEqual(expect.arrayContaining(['querystring.limit', 'querystring.from']));
    expect((await call(f, 'steering', 'GET', `/meeting-series/${randomUUID()}/occurrences`)).statusCode).toBe(404);
  });

  it('refuses a rule that is not a valid RRULE, or never occurs, with 400 on body.rrule', async () => {
    const f = await createFixture();
    for (const rrule of ['FREQ=FOO', 'FREQ=MONTHLY;INTERVAL=x', 'every quarter', 'INTERVAL=3', 'FREQ=HOURLY', 'FREQ=MONTHLY;COUNT=2;UNTIL=20260101T000000Z', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'DTSTART:20250101T000000Z\nRRULE:FREQ=DAILY']) {
      const res = await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, rrule });
      expect(res.statusCode, rrule).toBe(400);
      expect(fields(res), rrule).toEqual(['body.rrule']);
    }
    const zone = await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, timezone: 'Europe/Nowhere', kind: 'fika', durationMinutes: 0 });
    expect(zone.statusCode).toBe(400);
    expect(fields(zone)).toEqual(expect.arrayContaining(['body.timezone', 'body.kind', 'body.durationMinutes']));
    expect((await call(f, 'backbone', 'GET', '/meeting-series')).json().items).toEqual([]);

    const created = (await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, rrule: 'rrule:freq=monthly;interval=3' })).json();
    expect(created.rrule).toBe('FREQ=MONTHLY;INTERVAL=3');
    const patch = await call(f, 'admin', 'PATCH', `/meeting-series/${created.id}`, { rrule: 'FREQ=MONTHLY;BYDAY=9MO' });
    expect(patch.statusCode).toBe(400);
    expect(fields(patch)).toEqual(['body.rrule']);
    const ok = await call(f, 'admin', 'PATCH', `/meeting-series/${created.id}`, { rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15', place: 'Skolan' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15', place: 'Skolan', name: quarterly.name });
    const entries = await auditOf(f, 'meeting_series', created.id);
    expect(entries.at(-1)).toMatchObject({ action: 'update', before: expect.objectContaining({ place: 'Folkets hus' }), after: expect.objectContaining({ place: 'Skolan' }) });
  });

  it('checks that the working group belongs to the initiative (422)', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const [theirs] = await other.db.insert(workingGroups).values({ initiativeId: other.initiativeId, name: 'Theirs' }).returning();
    const [mine] = await f.db.insert(workingGroups).values({ initiativeId: f.initiativeId, name: 'Mine' }).returning();
    const res = await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, kind: 'working_group', workingGroupId: theirs.id });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['body.workingGroupId']);
    const ok = await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, kind: 'working_group', workingGroupId: mine.id });
    expect(ok.json().workingGroupId).toBe(mine.id);
  });

  it('creates the meeting of an occurrence with the series’ place, kind, duration and default agenda', async () => {
    const f = await createFixture();
    const series = (await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, startsAt: '2031-01-15T15:00:00Z' })).json();
    const given = await call(f, 'backbone', 'POST', `/meeting-series/${series.id}/meetings`, { startsAt: '2031-04-15T14:00:00Z' });
    expect(given.statusCode).toBe(201);
    const meeting = given.json();
    expect(meeting).toMatchObject({
      seriesId: series.id,
      title: 'Partner meeting',
      kind: 'partner_meeting',
      startsAt: '2031-04-15T14:00:00.000Z',
      endsAt: '2031-04-15T16:30:00.000Z',
      place: 'Folkets hus',
      status: 'planned',
      minutes: '',
      attendance: [],
      decisions: [],
      actionItems: [],
    });
    expect(meeting.agendaItems.map((a: { position: number; title: string }) => [a.position, a.title])).toEqual([
      [0, 'Introductions round'],
      [1, 'Current matters'],
      [2, 'Guest speaker'],
      [3, 'Discussion'],
    ]);
    const [entry] = await auditOf(f, 'meeting', meeting.id);
    expect(entry).toMatchObject({ action: 'create', userId: f.users.backbone.id });

    const again = await call(f, 'backbone', 'POST', `/meeting-series/${series.id}/meetings`, { startsAt: '2031-04-15T14:00:00Z' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details).toEqual({ meetingId: meeting.id });
    const notAnOccurrence = await call(f, 'backbone', 'POST', `/meeting-series/${series.id}/meetings`, { startsAt: '2031-04-16T14:00:00Z' });
    expect(notAnOccurrence.statusCode).toBe(400);
    expect(fields(notAnOccurrence)).toEqual(['body.startsAt']);

    // Without a time: the next occurrences that have no meeting yet, in order.
    const next = await call(f, 'admin', 'POST', `/meeting-series/${series.id}/meetings`, {});
    expect(next.statusCode).toBe(201);
    expect(next.json().startsAt).toBe('2031-01-15T15:00:00.000Z');
    const noBody = await f.app.inject({ method: 'POST', url: f.url(`/meeting-series/${series.id}/meetings`), headers: f.auth('admin') });
    expect(noBody.statusCode).toBe(201);
    expect(noBody.json().startsAt).toBe('2031-07-15T14:00:00.000Z');

    const occurrences = await call(f, 'steering', 'GET', `/meeting-series/${series.id}/occurrences?from=2031-01-01T00:00:00Z&limit=4`);
    expect(occurrences.json().items.map((o: { meetingId: string | null }) => o.meetingId)).toEqual([
      next.json().id,
      meeting.id,
      noBody.json().id,
      null,
    ]);
  });

  it('refuses a meeting when a finite series has no occurrence left (422)', async () => {
    const f = await createFixture();
    const series = (await call(f, 'backbone', 'POST', '/meeting-series', { ...quarterly, rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=2', startsAt: '2020-01-15T15:00:00Z' })).json();
    expect(series.nextOccurrences).toEqual([]);
    const res = await call(f, 'backbone', 'POST', `/meeting-series/${series.id}/meetings`, {});
    expect(res.statusCode).toBe(422);
  });

  it('lets admin and backbone write; steering and partner get 403, outsiders 404; deleting keeps the meetings', async () => {
    const f = await createFixture();
    const series = (await call(f, 'backbone', 'POST', '/meeting-series', quarterly)).json();
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'POST', '/meeting-series', quarterly)).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', `/meeting-series/${series.id}`, { name: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', `/meeting-series/${series.id}`)).statusCode).toBe(403);
      expect((await call(f, role, 'POST', `/meeting-series/${series.id}/meetings`, {})).statusCode).toBe(403);
    }
    expect((await call(f, 'outsider', 'GET', '/meeting-series')).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', `/meeting-series/${series.id}/occurrences`)).statusCode).toBe(404);
    const other = await createFixture();
    expect((await call(other, 'admin', 'GET', `/meeting-series/${series.id}`)).statusCode).toBe(404);
    expect((await call(other, 'admin', 'PATCH', `/meeting-series/${series.id}`, { name: 'x' })).statusCode).toBe(404);

    const meeting = (await call(f, 'backbone', 'POST', `/meeting-series/${series.id}/meetings`, {})).json();
    expect((await call(f, 'admin', 'DELETE', `/meeting-series/${series.id}`)).statusCode).toBe(204);
    expect((await call(f, 'admin', 'GET', `/meeting-series/${series.id}`)).statusCode).toBe(404);
    const [kept] = await f.db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(kept.seriesId).toBeNull();
    expect((await auditOf(f, 'meeting_series', series.id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});
