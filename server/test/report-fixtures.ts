// An initiative with goals, indicators, values in every status, a narrative, activities, meetings and
// a meeting series: the input of the report, calendar, public-view and meeting-pack tests.
import { eq } from 'drizzle-orm';
import { periodOfDate } from '@ci/shared';
import {
  activities,
  activityGoals,
  agendaItems,
  goals,
  initiatives,
  meetingAttendance,
  meetingSeries,
  meetings,
  narratives,
} from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';
import { addDimension, addIndicator, addMeasurements } from './series-fixtures.js';

export interface ReportFixture extends Fixture {
  goalIds: { education: string; work: string };
  /** Quarterly count of people, sum across actors; baseline 100 (2024-Q1), target 200 (2025-Q4). */
  participants: string;
  /** Quarterly percentage; baseline 40, target 60. */
  share: string;
  /** Quarterly mean with one decimal. */
  hours: string;
  heldMeetingId: string;
  seriesId: string;
  /** The meeting created for the series' third occurrence (2024-07-15 17:00 Stockholm). */
  seriesMeetingId: string;
}

export async function createReportFixture(opts: { locale?: 'en' | 'sv' | 'da'; publicView?: boolean } = {}): Promise<ReportFixture> {
  const f = await createFixture('Reports');
  await f.db
    .update(initiatives)
    .set({ locale: opts.locale ?? 'en', area: 'North District', vision: 'Every young person finds a way into work.', publicView: opts.publicView ?? false, publicThreshold: 5 })
    .where(eq(initiatives.id, f.initiativeId));
  const [education, work] = await f.db
    .insert(goals)
    .values([
      { initiativeId: f.initiativeId, title: 'Everyone completes school', position: 1 },
      { initiativeId: f.initiativeId, title: 'Everyone finds work', position: 2 },
    ])
    .returning();
  const [a, b] = f.actorIds;

  const participants = await addIndicator(f, {
    code: 'P1', name: 'Participants in homework clubs', unit: 'people', goalId: education.id, position: 1,
    baselineValue: 100, baselinePeriod: '2024-Q1', targetValue: 200, targetPeriod: '2025-Q4',
  });
  await addMeasurements(f, participants, [
    { actorId: a, period: '2024-Q1', value: 60 },
    { actorId: b, period: '2024-Q1', value: 50 },
    { actorId: a, period: '2024-Q2', value: 70, status: 'approved' },
    { actorId: b, period: '2024-Q2', value: 55 },
    { actorId: a, period: '2024-Q3', value: 80 },
    { actorId: b, period: '2024-Q3', value: 61 },
    { actorId: a, period: '2024-Q4', value: 3 },
    { actorId: b, period: '2024-Q4', value: 1 },
    // Drafts: the partner (linked to actor A) sees its own, never actor B's.
    { actorId: a, period: '2025-Q1', value: 77, status: 'draft' },
    { actorId: b, period: '2025-Q1', value: 999, status: 'draft' },
    { actorId: b, period: '2025-Q2', value: 555, status: 'returned' },
  ]);

  const share = await addIndicator(f, {
    code: 'S1', name: 'Share passing all subjects', unit: '%', measureType: 'percentage', decimals: 1, goalId: work.id, position: 2,
    baselineValue: 40, baselinePeriod: '2024-Q1', targetValue: 60, targetPeriod: '2025-Q4',
  });
  await addMeasurements(f, share, [
    { actorId: a, period: '2024-Q1', value: [20, 50] },
    { actorId: b, period: '2024-Q1', value: [10, 30] },
    // Three of four: a denominator below the public threshold.
    { actorId: a, period: '2024-Q2', value: [3, 4] },
  ]);

  const hours = await addIndicator(f, {
    code: 'H1', name: 'Average weekly study hours', unit: 'hours', decimals: 1, actorAggregation: 'mean', goalId: education.id, position: 3,
  });
  await addMeasurements(f, hours, [
    { actorId: a, period: '2024-Q1', value: 12.5 },
    { actorId: b, period: '2024-Q1', value: 2.25 },
  ]);
  const gender = await addDimension(f, hours, 'Gender', 0, ['Girls', 'Boys']);
  await addMeasurements(f, hours, [{ actorId: a, period: '2024-Q2', value: 4.5, categoryId: gender.Girls }]);

  await f.db.insert(narratives).values({
    initiativeId: f.initiativeId, indicatorId: participants, period: '2024-Q4', periodStart: '2024-10-01',
    whatHappened: 'The autumn term started late.', why: 'Renovation of the school.', nextSteps: 'Extra sessions in spring.',
  });

  const [ongoing, done] = await f.db
    .insert(activities)
    .values([
      { initiativeId: f.initiativeId, title: 'Homework club at the library', status: 'ongoing', leadActorId: a, startDate: '2024-01-01' },
      { initiativeId: f.initiativeId, title: 'Summer jobs fair', status: 'done', leadActorId: b, startDate: '2024-05-01', endDate: '2024-06-30' },
    ])
    .returning();
  await f.db.insert(activityGoals).values([{ activityId: ongoing.id, goalId: education.id }, { activityId: done.id, goalId: work.id }]);

  const [held] = await f.db
    .insert(meetings)
    .values({
      initiativeId: f.initiativeId, title: 'Partner meeting September', kind: 'partner_meeting', status: 'held', place: 'Town hall',
      startsAt: new Date('2024-09-12T15:00:00Z'), endsAt: new Date('2024-09-12T17:00:00Z'),
    })
    .returning();
  await f.db.insert(meetingAttendance).values([{ meetingId: held.id, actorId: a, people: 3 }, { meetingId: held.id, actorId: b, people: 2 }]);
  await f.db.insert(agendaItems).values([
    { meetingId: held.id, position: 1, title: 'Introductions round' },
    { meetingId: held.id, position: 2, title: 'Current figures' },
  ]);

  // Quarterly on the 15th at 17:00 Stockholm time (15:00 UTC in summer, 16:00 UTC in winter).
  const [series] = await f.db
    .insert(meetingSeries)
    .values({
      initiativeId: f.initiativeId, name: 'Quarterly partner meeting', kind: 'partner_meeting', rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=8',
      startsAt: new Date('2024-01-15T16:00:00Z'), durationMinutes: 120, timezone: 'Europe/Stockholm', place: 'Community centre',
      defaultAgenda: ['Introductions round', 'Guest speaker'],
    })
    .returning();
  const [fromSeries] = await f.db
    .insert(meetings)
    .values({
      initiativeId: f.initiativeId, seriesId: series.id, title: 'Quarterly partner meeting', kind: 'partner_meeting', place: 'Community centre',
      startsAt: new Date('2024-07-15T15:00:00Z'), endsAt: new Date('2024-07-15T17:00:00Z'),
    })
    .returning();

  return {
    ...f,
    goalIds: { education: education.id, work: work.id },
    participants,
    share,
    hours,
    heldMeetingId: held.id,
    seriesId: series.id,
    seriesMeetingId: fromSeries.id,
  };
}

/**
 * A value of actor A alone for P1 in the current quarter: a period that is still open and that one
 * of the two expected reporters has reported, so it is preliminary ("1 of 2 reported").
 */
export async function addPreliminaryValue(f: ReportFixture, value = 80): Promise<string> {
  const period = periodOfDate(new Date(), 'quarter');
  await addMeasurements(f, f.participants, [{ actorId: f.actorIds[0], period, value }]);
  return period;
}

/**
 * A quarterly count broken down by gender, written through the API as the entry grid writes it:
 * each cell's total with its categories in one batch. Returns the indicator's id.
 */
export async function addDisaggregatedCount(f: Fixture, names: { indicator: string; dimension: string; categories: [string, string] }) {
  const id = await addIndicator(f, { code: 'G1', name: names.indicator, unit: 'unga', position: 9 });
  const category = await addDimension(f, id, names.dimension, 0, names.categories);
  const [girls, boys] = names.categories.map((n) => category[n]);
  const cell = { indicatorId: id, actorId: f.actorIds[0], period: '2024-Q1' };
  const res = await f.app.inject({
    method: 'PUT',
    url: f.url('/measurements'),
    headers: f.auth('backbone'),
    payload: { items: [{ ...cell, value: 12 }, { ...cell, categoryId: girls, value: 7 }, { ...cell, categoryId: boys, value: 5 }] },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return id;
}
