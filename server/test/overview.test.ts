import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OverviewResponse } from '@ci/shared';
import { activities, goals, initiatives, meetings } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';
import { addIndicator, addMeasurements } from './series-fixtures.js';

const DAY = 86_400_000;

function lastFinishedQuarter(now = new Date()): string {
  const quarterIndex = Math.floor(now.getUTCMonth() / 3);
  return quarterIndex === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${quarterIndex}`;
}

describe('GET /initiatives/:initiativeId/overview', () => {
  let f: Fixture;
  let first: string, second: string, rising: string, archived: string, monthly: string, loose: string;
  const meetingIds: string[] = [];

  beforeAll(async () => {
    f = await createFixture('Overview');
    await f.db.update(initiatives).set({ vision: 'Every young person finds a way into work' }).where(eq(initiatives.id, f.initiativeId));
    [{ id: second }, { id: first }] = await f.db
      .insert(goals)
      .values([
        { initiativeId: f.initiativeId, title: 'Second', position: 2 },
        { initiativeId: f.initiativeId, title: 'First', position: 1 },
      ])
      .returning({ id: goals.id });
    rising = await addIndicator(f, {
      code: 'R', name: 'Rising', goalId: first, position: 1, frequency: 'quarter', unit: 'people', decimals: 1,
      baselinePeriod: '2023-Q1', baselineValue: 1, targetPeriod: '2026-Q4', targetValue: 16, reportingFrom: '2015-01-01',
    });
    archived = await addIndicator(f, { code: 'Z', goalId: first, position: 2, archived: true });
    monthly = await addIndicator(f, { code: 'M', goalId: second, frequency: 'month', measureType: 'percentage', reportingFrom: '2015-01-01' });
    loose = await addIndicator(f, { code: 'L', name: 'Without goal', reportingFrom: '2015-01-01' });
    const quarters = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
    await addMeasurements(f, rising, quarters.map((period, i) => ({ actorId: f.actorIds[0], period, value: i + 1 })));
    await addMeasurements(f, monthly, [
      { actorId: f.actorIds[0], period: '2025-01', value: [1, 4] },
      { actorId: f.actorIds[1], period: '2025-03', value: [3, 4] },
    ]);
    await f.db.insert(activities).values([
      { initiativeId: f.initiativeId, title: 'Homework club', status: 'planned' },
      { initiativeId: f.initiativeId, title: 'Job fair', status: 'planned' },
      { initiativeId: f.initiativeId, title: 'Summer jobs', status: 'done' },
    ]);
    const now = Date.now();
    const meeting = (title: string, days: number, status = 'planned') => ({
      initiativeId: f.initiativeId, title, kind: 'partner_meeting', status, place: 'Library',
      startsAt: new Date(now + days * DAY), endsAt: new Date(now + days * DAY + 2 * 3_600_000),
    });
    await f.db.insert(meetings).values([meeting('Last month', -30), meeting('Cancelled', 1, 'cancelled')]);
    for (const days of [60, 10, 50, 20, 40, 30]) {
      const [row] = await f.db.insert(meetings).values(meeting(`In ${days} days`, days)).returning({ id: meetings.id });
      meetingIds.push(row.id);
    }
  });

  it('shows vision, ordered goals with their indicators, activities, next meetings and completeness', async () => {
    const res = await f.app.inject({ method: 'GET', url: f.url('/overview'), headers: f.auth('partner') });
    expect(res.statusCode).toBe(200);
    const body = res.json() as OverviewResponse;
    expect(body.initiative).toEqual({ id: f.initiativeId, name: expect.stringContaining('Overview'), vision: 'Every young person finds a way into work' });
    expect(body.goals.map((g) => [g.id, g.title])).toEqual([[first, 'First'], [second, 'Second']]);
    expect(body.goals[0].indicators.map((i) => i.id)).toEqual([rising]); // the archived one is left out
    expect(body.goals[0].indicators.map((i) => i.id)).not.toContain(archived);
    expect(body.goals[0].indicators[0]).toMatchObject({
      code: 'R', name: 'Rising', unit: 'people', decimals: 1, measureType: 'number', direction: 'increase', frequency: 'quarter',
      latest: { period: '2025-Q2', value: 10 },
      target: { period: '2026-Q4', value: 16 },
      status: 'on_track',
    });
    // The last eight quarters up to the latest data, all long closed.
    const closed = { state: 'closed', complete: true };
    expect(body.goals[0].indicators[0].sparkline).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10].map((value, i) => ({ period: ['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'][i], value, ...closed })),
    );
    expect(body.goals[0].indicators[0]).toMatchObject({ previous: { period: '2025-Q1', value: 9 }, preliminary: null });
    // A month without data stays a gap; the percentage is 100 × n / d.
    expect(body.goals[1].indicators[0]).toMatchObject({
      id: monthly,
      latest: { period: '2025-03', value: 75, numerator: 3, denominator: 4 },
      previous: { period: '2025-02', value: null },
      status: 'no_data',
    });
    expect(body.goals[1].indicators[0].sparkline).toEqual([
      { period: '2025-01', value: 25, ...closed },
      { period: '2025-02', value: null, ...closed },
      { period: '2025-03', value: 75, ...closed },
    ]);
    expect(body.indicatorsWithoutGoal).toEqual([
      expect.objectContaining({ id: loose, name: 'Without goal', latest: null, target: null, status: 'no_data', sparkline: [] }),
    ]);
    expect(body.activityCounts).toEqual({ idea: 0, planned: 2, ongoing: 0, done: 1, paused: 0 });
    expect(body.nextMeetings.map((m) => m.title)).toEqual(['In 10 days', 'In 20 days', 'In 30 days', 'In 40 days', 'In 50 days']);
    expect(body.nextMeetings[0]).toMatchObject({ id: meetingIds[1], place: 'Library', kind: 'partner_meeting' });
    expect(new Date(body.nextMeetings[0].startsAt).getTime()).toBeGreaterThan(Date.now());
    // Three indicators (the archived one excluded), none reported for the last quarter, each expected
    // from both actors (the default): six cells.
    const { period, dueDate, ...summary } = body.completeness;
    expect(period).toBe(lastFinishedQuarter());
    expect(dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(summary.reported).toBe(0);
    expect(summary.missing + summary.late + summary.notDue).toBe(6);
  });

  it('answers an empty initiative with empty lists and zero counts', async () => {
    const g = await createFixture('Empty overview');
    const res = await g.app.inject({ method: 'GET', url: g.url('/overview'), headers: g.auth('steering') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      goals: [],
      indicatorsWithoutGoal: [],
      activityCounts: { idea: 0, planned: 0, ongoing: 0, done: 0, paused: 0 },
      nextMeetings: [],
      completeness: { period: lastFinishedQuarter(), reported: 0, missing: 0, late: 0, returned: 0, notDue: 0 },
    });
  });

  it('hides the initiative from outsiders, unknown ids and anonymous callers', async () => {
    expect((await f.app.inject({ method: 'GET', url: f.url('/overview'), headers: f.auth('outsider') })).statusCode).toBe(404);
    const unknown = await f.app.inject({ method: 'GET', url: '/api/v1/initiatives/not-a-uuid/overview', headers: f.auth('admin') });
    expect(unknown.statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url('/overview') })).statusCode).toBe(401);
  });
});
