import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { meetings } from '../src/db/schema/index.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture();
  // A meeting of the series moved by an hour on its day still stands in for that occurrence.
  await f.db.insert(meetings).values({
    initiativeId: f.initiativeId, seriesId: f.seriesId, title: 'Quarterly partner meeting (moved)', kind: 'partner_meeting',
    startsAt: new Date('2024-10-15T17:00:00Z'), endsAt: new Date('2024-10-15T19:00:00Z'), place: 'Library',
  });
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

async function feeds(role: Parameters<ReportFixture['auth']>[0]) {
  const res = await f.app.inject({ method: 'GET', url: '/api/v1/me/calendar', headers: f.auth(role) });
  expect(res.statusCode).toBe(200);
  return res.json() as { token: string; urls: { initiativeId: string; initiativeName: string; url: string }[] };
}

const pathOf = (url: string) => new URL(url).pathname;

describe('calendar feeds', () => {
  it('gives each member a secret feed URL per initiative, the same on every call', async () => {
    const first = await feeds('partner');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const mine = first.urls.find((u) => u.initiativeId === f.initiativeId)!;
    expect(mine.initiativeName).toMatch(/^Reports /);
    expect(mine.url).toMatch(/^http:\/\/localhost(:\d+)?\//);
    expect(pathOf(mine.url)).toBe(`/api/v1/calendar/${first.token}/${f.initiativeId}.ics`);
    expect((await feeds('partner')).token).toBe(first.token);
    expect((await feeds('outsider')).urls).toEqual([]);
    expect((await f.app.inject({ method: 'GET', url: '/api/v1/me/calendar' })).statusCode).toBe(401);
  });

  it('serves every meeting and each series as one recurring event, without login', async () => {
    const { urls } = await feeds('partner');
    const res = await f.app.inject({ method: 'GET', url: pathOf(urls.find((u) => u.initiativeId === f.initiativeId)!.url) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { events } = parse(res.body);
    expect(events).toHaveLength(4);

    const held = events.find((e) => e.uid === f.heldMeetingId)!;
    expect(held.summary).toBe('Partner meeting September');
    expect(held.location).toBe('Town hall');
    expect(held.description).toBe('1. Introductions round\n2. Current figures');
    expect(held.startDate.toJSDate().toISOString()).toBe('2024-09-12T15:00:00.000Z');
    expect(held.endDate.toJSDate().toISOString()).toBe('2024-09-12T17:00:00.000Z');
    expect(held.isRecurring()).toBe(false);

    const series = events.find((e) => e.uid === f.seriesId)!;
    expect(series.summary).toBe('Quarterly partner meeting');
    expect(series.location).toBe('Community centre');
    expect(series.description).toBe('1. Introductions round\n2. Guest speaker');
    expect(series.isRecurring()).toBe(true);
    expect(String(series.component.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;COUNT=8;INTERVAL=3');
    expect(series.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
    expect(series.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(series.startDate.toString()).toBe('2024-01-15T17:00:00');
    const exdates = series.component.getAllProperties('exdate').flatMap((p) => p.getValues().map((v) => String(v)));
    expect(exdates).toEqual(['2024-07-15T17:00:00', '2024-10-15T17:00:00']);

    // Expanded as a calendar app would: 8 occurrences less the two that have their own meeting,
    // all at 17:00 Stockholm time on both sides of the summer-time change.
    const it = series.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next; next = it.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toEqual([
      '2024-01-15T16:00:00.000Z',
      '2024-04-15T15:00:00.000Z',
      '2025-01-15T16:00:00.000Z',
      '2025-04-15T15:00:00.000Z',
      '2025-07-15T15:00:00.000Z',
      '2025-10-15T15:00:00.000Z',
    ]);
    const concrete = events.filter((e) => !e.isRecurring()).map((e) => e.startDate.toJSDate().toISOString());
    for (const start of starts) expect(concrete).not.toContain(start);
  });

  it('answers 404 to an unknown token and to a token of a non-member', async () => {
    const unknown = await f.app.inject({ method: 'GET', url: `/api/v1/calendar/not-a-real-token/${f.initiativeId}.ics` });
    expect(unknown.statusCode).toBe(404);
    const outsider = await feeds('outsider');
    const notMember = await f.app.inject({ method: 'GET', url: `/api/v1/calendar/${outsider.token}/${f.initiativeId}.ics` });
    expect(notMember.statusCode).toBe(404);
    const badId = await f.app.inject({ method: 'GET', url: `/api/v1/calendar/${outsider.token}/not-an-id.ics` });
    expect(badId.statusCode).toBe(400);
  });

  it('renewing the secret stops the old URL', async () => {
    const before = await feeds('steering');
    const oldPath = pathOf(before.urls.find((u) => u.initiativeId === f.initiativeId)!.url);
    expect((await f.app.inject({ method: 'GET', url: oldPath })).statusCode).toBe(200);
    const renewed = await f.app.inject({ method: 'POST', url: '/api/v1/me/calendar/renew', headers: f.auth('steering') });
    expect(renewed.statusCode).toBe(200);
    const after = renewed.json() as Awaited<ReturnType<typeof feeds>>;
    expect(after.token).not.toBe(before.token);
    expect((await f.app.inject({ method: 'GET', url: oldPath })).statusCode).toBe(404);
    const newPath = pathOf(after.urls.find((u) => u.initiativeId === f.initiativeId)!.url);
    expect((await f.app.inject({ method: 'GET', url: newPath })).statusCode).toBe(200);
    expect((await feeds('steering')).token).toBe(after.token);
    expect((await f.app.inject({ method: 'POST', url: '/api/v1/me/calendar/renew' })).statusCode).toBe(401);
  });

  it('serves the same calendar to signed-in members', async () => {
    const res = await f.app.inject({ method: 'GET', url: f.url('/calendar.ics'), headers: f.auth('partner') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="reports-[a-z0-9-]+\.ics"/);
    const { events } = parse(res.body);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [f.heldMeetingId, f.seriesMeetingId, f.seriesId, events.find((e) => e.summary.endsWith('(moved)'))!.uid].sort(),
    );
    expect((await f.app.inject({ method: 'GET', url: f.url('/calendar.ics'), headers: f.auth('outsider') })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url('/calendar.ics') })).statusCode).toBe(401);
  });
});
