// The demo's meeting cadence: series with real recurrence rules, a year of held meetings with
// attendance, minutes, decisions and action items, and the next occurrences ahead.
import { randomUUID } from 'node:crypto';
import rrulePkg from 'rrule';
import { actionItems, agendaItems, decisions, meetingAttendance, meetingSeries, meetings } from '../server/src/db/schema/index.js';
import { isoDate, todayIso, zonedInstant } from './calendar.js';
import type { Random } from './random.js';
import type { DemoActor, DemoInitiative, DemoMeeting, DemoMeetingSeries } from './types.js';

const { RRule } = rrulePkg;
const DAY_MS = 86_400_000;

export interface MeetingRows {
  series: (typeof meetingSeries.$inferInsert)[];
  meetings: (typeof meetings.$inferInsert)[];
  agendaItems: (typeof agendaItems.$inferInsert)[];
  attendance: (typeof meetingAttendance.$inferInsert)[];
  decisions: (typeof decisions.$inferInsert)[];
  actionItems: (typeof actionItems.$inferInsert)[];
  /** Each demo meeting by `series:occurrence`, for the rows that refer to one (idea votes and agendas). */
  byOccurrence: Map<string, { id: string; startsAt: Date; agendaLength: number }>;
}

interface Ids {
  initiativeId: string;
  actor(key: string): string;
  workingGroup(key: string): string;
  indicator(key: string): string;
}

/** Occurrences of a series as instants; rrule expands wall-clock times, the time zone places them. */
function schedule(series: DemoMeetingSeries, timeZone: string) {
  const [y, m, d] = series.from.split('-').map(Number);
  const [hh, mm] = series.time.split(':').map(Number);
  const rule = new RRule({ ...RRule.parseString(series.rrule), dtstart: new Date(Date.UTC(y, m - 1, d, hh, mm)) });
  const horizon = new Date(Date.now() + 400 * DAY_MS);
  const instants = rule
    .between(new Date(Date.UTC(y, m - 1, d)), horizon, true)
    .map((wall) => zonedInstant(isoDate(wall), series.time, timeZone));
  const next = instants.findIndex((at) => at.getTime() > Date.now());
  if (instants.length === 0 || next < 0) throw new Error(`Meeting series ${series.key} has no upcoming occurrence`);
  return {
    first: instants[0],
    at(occurrence: number): Date {
      const at = instants[next + occurrence];
      if (!at) throw new Error(`Meeting series ${series.key} has no occurrence ${occurrence}`);
      return at;
    },
  };
}

function invited(series: DemoMeetingSeries, demo: DemoInitiative, at: Date): DemoActor[] {
  const day = isoDate(at);
  const active = demo.actors.filter((a) => a.joinedOn <= day && (!a.leftOn || a.leftOn >= day));
  if (series.audience === 'all') return active;
  if (series.audience === 'steering_group') return active.filter((a) => a.role === 'steering_group' || a.role === 'backbone');
  const members = new Set(demo.workingGroups.find((g) => g.key === series.workingGroup)?.members ?? []);
  return active.filter((a) => members.has(a.key) || a.role === 'backbone');
}

function minutesOf(meeting: DemoMeeting, present: { actor: DemoActor; people: number }[], demo: DemoInitiative, at: Date, names: Map<string, string>) {
  const w = demo.words;
  const people = present.reduce((a, p) => a + p.people, 0);
  const lines: string[] = [];
  if (meeting.summary) lines.push(meeting.summary, '');
  lines.push(`**${w.attendance}:** ${present.length} ${w.organisations}, ${people} ${w.people}: ${present.map((p) => p.actor.name).join(', ')}.`, '');
  meeting.agenda.forEach((item, i) => {
    lines.push(`### ${i + 1}. ${item.title}`);
    if (item.notes) lines.push('', item.notes);
    lines.push('');
  });
  if (meeting.decisions?.length) {
    lines.push(`### ${w.decisions}`, '', ...meeting.decisions.map((d) => `- ${d}`), '');
  }
  if (meeting.actionItems?.length) {
    lines.push(`### ${w.actionItems}`, '');
    for (const item of meeting.actionItems) {
      const due = isoDate(new Date(at.getTime() + item.dueInDays * DAY_MS));
      lines.push(`- [${item.done ? 'x' : ' '}] ${item.title} (${names.get(item.owner) ?? item.owner}, ${w.due} ${due})`);
    }
    lines.push('');
  }
  return lines.join('\n').trim() + '\n';
}

export function buildMeetingRows(demo: DemoInitiative, ids: Ids, random: Random): MeetingRows {
  const rows: MeetingRows = { series: [], meetings: [], agendaItems: [], attendance: [], decisions: [], actionItems: [], byOccurrence: new Map() };
  const seriesById = new Map<string, { id: string; series: DemoMeetingSeries; schedule: ReturnType<typeof schedule> }>();
  const names = new Map(demo.actors.map((a) => [a.key, a.name]));
  const today = todayIso();

  for (const s of demo.meetingSeries) {
    const id = randomUUID();
    const sched = schedule(s, demo.timezone);
    seriesById.set(s.key, { id, series: s, schedule: sched });
    rows.series.push({
      id,
      initiativeId: ids.initiativeId,
      name: s.name,
      kind: s.kind,
      rrule: s.rrule,
      startsAt: sched.first,
      durationMinutes: s.durationMinutes,
      timezone: demo.timezone,
      place: s.place,
      workingGroupId: s.workingGroup ? ids.workingGroup(s.workingGroup) : null,
      defaultAgenda: s.defaultAgenda,
    });
  }

  for (const m of demo.meetings) {
    const entry = seriesById.get(m.series);
    if (!entry) throw new Error(`Meeting ${m.title}: unknown series ${m.series}`);
    const startsAt = entry.schedule.at(m.occurrence);
    const held = startsAt.getTime() < Date.now() && !m.cancelled;
    const meetingId = randomUUID();
    rows.byOccurrence.set(`${m.series}:${m.occurrence}`, { id: meetingId, startsAt, agendaLength: m.agenda.length });

    const candidates = invited(entry.series, demo, startsAt);
    const backbone = candidates.filter((a) => a.role === 'backbone');
    const others = random.shuffle(candidates.filter((a) => a.role !== 'backbone'));
    const count = Math.max(1, Math.round(others.length * (m.turnout ?? 0.7)));
    const present = held
      ? [...backbone, ...others.slice(0, count)].map((actor) => ({
          actor,
          people: entry.series.audience === 'all' ? random.int(1, actor.role === 'backbone' ? 3 : 2) : 1,
        }))
      : [];

    rows.meetings.push({
      id: meetingId,
      initiativeId: ids.initiativeId,
      seriesId: entry.id,
      title: m.title,
      kind: entry.series.kind,
      startsAt,
      endsAt: new Date(startsAt.getTime() + entry.series.durationMinutes * 60_000),
      place: entry.series.place,
      status: m.cancelled ? 'cancelled' : held ? 'held' : 'planned',
      minutes: held ? minutesOf(m, present, demo, startsAt, names) : '',
    });
    m.agenda.forEach((item, position) =>
      rows.agendaItems.push({
        meetingId,
        position,
        title: item.title,
        notes: item.notes ?? '',
        durationMinutes: item.durationMinutes ?? null,
        indicatorId: item.indicator ? ids.indicator(item.indicator) : null,
      }),
    );
    for (const p of present) rows.attendance.push({ meetingId, actorId: ids.actor(p.actor.key), people: p.people });
    if (!held) continue;
    (m.decisions ?? []).forEach((text, position) => rows.decisions.push({ meetingId, position, text }));
    for (const item of m.actionItems ?? []) {
      const dueDate = isoDate(new Date(startsAt.getTime() + item.dueInDays * DAY_MS));
      const doneOn = dueDate < today ? dueDate : today;
      rows.actionItems.push({
        meetingId,
        title: item.title,
        ownerActorId: ids.actor(item.owner),
        dueDate,
        done: item.done,
        doneAt: item.done ? new Date(`${doneOn}T12:00:00Z`) : null,
        createdAt: startsAt,
      });
    }
  }
  return rows;
}
