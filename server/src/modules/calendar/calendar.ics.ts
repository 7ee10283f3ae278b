// The ICS feed of an initiative: every meeting, plus each meeting series as one recurring event
// whose EXDATEs leave out the occurrences that already have a meeting, so nothing shows twice.
import ical, { ICalEventStatus, type ICalDateTimeValue } from 'ical-generator';
import { expandOccurrences, toWallClock } from '../meeting-series/recurrence.js';
import type { FeedMeeting, FeedSeries } from './calendar.repository.js';
import { icsLocal, isTimeZone, vtimezone, wallClock } from './timezones.js';

/** Most occurrences of one series looked at when matching meetings to occurrences. */
const MAX_OCCURRENCES = 10_000;
const DAY_MS = 86_400_000;

/**
 * A local time in a named zone, in the shape ical-generator accepts for zoned values (a Day.js-like
 * object): it writes `DTSTART;TZID=<zone>:<local time>`, which keeps a recurring meeting at the same
 * local hour across daylight-saving changes, where a UTC DTSTART would shift it by an hour.
 */
function zoned(instant: Date, timeZone: string): ICalDateTimeValue {
  const local = icsLocal(wallClock(instant, timeZone));
  const utc = instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const stub = {
    isValid: () => true,
    toDate: () => instant,
    toJSON: () => instant.toISOString(),
    format: (fmt?: string) => (fmt === 'YYYYMMDD' ? local.slice(0, 8) : fmt === 'HHmmss' ? local.slice(9) : instant.toISOString()),
    tz: () => stub,
    utc: () => ({ ...stub, format: (fmt?: string) => (fmt === 'YYYYMMDD' ? utc.slice(0, 8) : fmt === 'HHmmss' ? utc.slice(9, 15) : utc) }),
  };
  return stub;
}

function sameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  return toWallClock(a, timeZone).toISOString().slice(0, 10) === toWallClock(b, timeZone).toISOString().slice(0, 10);
}

/**
 * The occurrences of a series that already have a meeting: the occurrence at the meeting's start,
 * or, for a meeting moved within its day, the occurrence on the same local day.
 */
export function occurrencesWithMeetings(series: FeedSeries, own: FeedMeeting[]): Date[] {
  if (own.length === 0) return [];
  const from = new Date(Math.min(...own.map((m) => m.startsAt.getTime())) - DAY_MS);
  const to = new Date(Math.max(...own.map((m) => m.startsAt.getTime())) + DAY_MS);
  const occurrences = expandOccurrences(series, { from, to, limit: MAX_OCCURRENCES });
  const taken = new Map<number, Date>();
  for (const meeting of own) {
    const exact = occurrences.find((o) => o.getTime() === meeting.startsAt.getTime());
    const match = exact ?? occurrences.find((o) => !taken.has(o.getTime()) && sameLocalDay(o, meeting.startsAt, series.timezone));
    if (match) taken.set(match.getTime(), match);
  }
  return [...taken.values()].sort((a, b) => a.getTime() - b.getTime());
}

function agendaText(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

export interface FeedInput {
  initiativeName: string;
  meetings: FeedMeeting[];
  series: FeedSeries[];
}

export function buildCalendar(feed: FeedInput): string {
  const calendar = ical({
    name: feed.initiativeName,
    prodId: { company: 'collective-impact', product: 'backbone-dashboard', language: 'EN' },
    // Only the zones of recurring events are named; single meetings are written in UTC.
    timezone: { name: null, generator: (tz) => vtimezone(tz) },
  });
  for (const m of feed.meetings) {
    calendar.createEvent({
      id: m.id,
      start: m.startsAt,
      end: m.endsAt,
      summary: m.title,
      location: m.place || null,
      description: agendaText(m.agenda) || null,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  for (const s of feed.series) {
    const timeZone = isTimeZone(s.timezone) ? s.timezone : 'UTC';
    const own = feed.meetings.filter((m) => m.seriesId === s.id);
    const excluded = occurrencesWithMeetings({ ...s, timezone: timeZone }, own);
    const lines = [`RRULE:${s.rrule.replace(/^RRULE:/i, '')}`];
    if (excluded.length > 0) {
      lines.push(`EXDATE;TZID=${timeZone}:${excluded.map((d) => icsLocal(wallClock(d, timeZone))).join(',')}`);
    }
    calendar.createEvent({
      id: s.id,
      start: zoned(s.startsAt, timeZone),
      end: zoned(new Date(s.startsAt.getTime() + s.durationMinutes * 60_000), timeZone),
      timezone: timeZone,
      summary: s.name,
      location: s.place || null,
      description: agendaText(s.defaultAgenda) || null,
      repeating: lines.join('\n'),
    });
  }
  return calendar.toString();
}
