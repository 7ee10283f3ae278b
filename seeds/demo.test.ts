// The demo as a newcomer meets it: two initiatives with realistic shape, data that obeys the
// domain's rules, and working logins.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { frequencyOf, periodEnd, periodStart, type Frequency } from '@ci/shared';
import { testApp } from '../server/test/helpers.js';
import type { Db } from '../server/src/db/client.js';
import {
  actionItems,
  activities,
  actors,
  disaggregationCategories,
  disaggregationDimensions,
  indicators,
  initiatives,
  meetingAttendance,
  meetingSeries,
  meetings,
  memberships,
  membershipActors,
  measurements,
  comments,
  notifications,
  users,
} from '../server/src/db/schema/index.js';
import { indicatorSeries } from '../server/src/modules/series/series.service.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo.js';
import { demoInitiativeIds } from './demo-fixture.js';
import { swedishDemo } from './demo-sv.js';
import { danishDemo } from './demo-da.js';
import { generateValues } from './values.js';
import { createRandom } from './random.js';

let db: Db;
let app: Awaited<ReturnType<typeof testApp>>['app'];
/** Swedish first, Danish second. */
let ids: [string, string];

beforeAll(async () => {
  const t = await testApp();
  db = t.database.db;
  app = t.app;
  ids = await demoInitiativeIds(db);
});

describe('demo data', () => {
  it('has two initiatives, one Swedish and one Danish, one of them public with threshold 5', async () => {
    expect(ids.every(Boolean)).toBe(true);
    const rows = await db.select().from(initiatives).where(inArray(initiatives.id, ids));
    expect(rows.map((r) => r.locale).sort()).toEqual(['da', 'sv']);
    const open = rows.filter((r) => r.publicView);
    expect(open).toHaveLength(1);
    expect(open[0].publicThreshold).toBe(5);
    for (const r of rows) expect(r.vision.length).toBeGreaterThan(20);
  });

  it.each([0, 1])('initiative %i has 15+ actors across 6+ sectors, every actor role, late joiners and one that left', async (i) => {
    const rows = await db.select().from(actors).where(eq(actors.initiativeId, ids[i]));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(new Set(rows.map((a) => a.sector)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((a) => a.role))).toEqual(new Set(['backbone', 'steering_group', 'process_group', 'partner']));
    expect(rows.filter((a) => a.leftOn !== null)).toHaveLength(1);
    const firstJoined = rows.map((a) => a.joinedOn!).sort()[0];
    expect(rows.filter((a) => a.joinedOn! > firstJoined).length).toBeGreaterThanOrEqual(2);
    for (const a of rows) {
      expect(a.competences.length).toBeGreaterThan(0);
      expect(a.needs.length).toBeGreaterThan(0);
      expect(a.contactEmail).toMatch(/@example\.(se|dk)$/);
    }
  });

  it.each([0, 1])('initiative %i has 10+ indicators of both measure types, monthly and quarterly, one population-level', async (i) => {
    const rows = await db.select().from(indicators).where(eq(indicators.initiativeId, ids[i]));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((r) => r.measureType))).toEqual(new Set(['number', 'percentage']));
    const frequencies = new Set(rows.map((r) => r.frequency));
    for (const f of ['month', 'quarter', 'year'] as Frequency[]) expect(frequencies.has(f)).toBe(true);
    const timeAggregations = new Set(rows.map((r) => r.timeAggregation));
    expect(timeAggregations.has('sum') && timeAggregations.has('last')).toBe(true);
    expect(rows.filter((r) => r.actorAggregation === 'none')).toHaveLength(1);
    for (const r of rows) {
      expect(r.baselineValue).not.toBeNull();
      expect(r.targetValue).not.toBeNull();
      expect(frequencyOf(r.baselinePeriod!)).toBe(r.frequency);
      expect(frequencyOf(r.targetPeriod!)).toBe(r.frequency);
    }
    const dims = await db
      .select({ category: disaggregationCategories.name })
      .from(disaggregationDimensions)
      .innerJoin(indicators, eq(indicators.id, disaggregationDimensions.indicatorId))
      .innerJoin(disaggregationCategories, eq(disaggregationCategories.dimensionId, disaggregationDimensions.id))
      .where(eq(indicators.initiativeId, ids[i]));
    expect(dims.length).toBeGreaterThanOrEqual(2);
  });

  it('stores every measurement in its indicator frequency, with the right period start and value shape', async () => {
    const rows = await db
      .select({
        period: measurements.period,
        periodStart: measurements.periodStart,
        frequency: indicators.frequency,
        measureType: indicators.measureType,
        actorAggregation: indicators.actorAggregation,
        actorId: measurements.actorId,
        value: measurements.value,
        numerator: measurements.numerator,
        denominator: measurements.denominator,
      })
      .from(measurements)
      .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
      .where(inArray(measurements.initiativeId, ids));
    expect(rows.length).toBeGreaterThan(1000);
    const wrong = rows.filter(
      (r) =>
        frequencyOf(r.period) !== r.frequency ||
        periodStart(r.period) !== r.periodStart ||
        (r.measureType === 'percentage') !== (r.numerator !== null) ||
        (r.numerator !== null && r.numerator > r.denominator!) ||
        (r.actorAggregation === 'none') !== (r.actorId === null),
    );
    expect(wrong).toEqual([]);
  });

  it('never has values of an actor from before it joined or after it left', async () => {
    const rows = await db
      .select({ period: measurements.period, joinedOn: actors.joinedOn, leftOn: actors.leftOn })
      .from(measurements)
      .innerJoin(actors, eq(actors.id, measurements.actorId))
      .where(inArray(measurements.initiativeId, ids));
    expect(rows.length).toBeGreaterThan(1000);
    const outside = rows.filter((r) => r.joinedOn! > periodEnd(r.period) || (r.leftOn !== null && r.leftOn < periodStart(r.period)));
    expect(outside).toEqual([]);
  });

  it('keeps disaggregated values adding up to their totals', async () => {
    const rows = await db.execute(sql`
      select t.id, t.value as total, sum(c.value) as parts
      from measurements t
      join measurements c on c.indicator_id = t.indicator_id and c.actor_id = t.actor_id
        and c.period = t.period and c.category_id is not null
      where t.category_id is null and t.initiative_id in (${ids[0]}, ${ids[1]})
      group by t.id, t.value`);
    const list = (rows as unknown as { rows: { total: number; parts: number }[] }).rows;
    expect(list.length).toBeGreaterThan(50);
    for (const r of list) expect(Number(r.parts)).toBeCloseTo(Number(r.total), 6);
  });

  it('gives the demo partner a notification of its returned value and a thread about it', async () => {
    const [partner] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'partner@demo.test'));
    const bell = await db.select().from(notifications).where(and(eq(notifications.userId, partner.id), eq(notifications.initiativeId, ids[0])));
    // Sent back by the steering group, then the backbone's reply to the partner's answer. (Other
    // test files run the due-date sweeps over the shared database, which may add their warnings.)
    const fromSeed = bell.filter((n) => n.kind !== 'value_missing' && n.kind !== 'action_item_overdue');
    expect(fromSeed.map((n) => n.kind).sort()).toEqual(['comment', 'value_returned']);
    const [value] = await db
      .select()
      .from(measurements)
      .where(and(eq(measurements.initiativeId, ids[0]), eq(measurements.status, 'returned'), isNull(measurements.categoryId), eq(measurements.actorId, (bell.find((n) => n.kind === 'value_returned')!.params as { values: { actorId: string }[] }).values[0].actorId)));
    const thread = await db
      .select({ text: comments.text, authorId: comments.authorId })
      .from(comments)
      .where(and(eq(comments.indicatorId, value.indicatorId), eq(comments.period, value.period), eq(comments.actorId, value.actorId!)))
      .orderBy(comments.createdAt);
    expect(thread.map((c) => c.text)).toEqual(swedishDemo.words.returnedThread);
    expect(thread[0].authorId).toBe(partner.id);
  });

  it.each([0, 1])('initiative %i has mostly approved or submitted values, two returned with a reason, and a partly reported last period', async (i) => {
    const rows = await db
      .select({ status: measurements.status, returnReason: measurements.returnReason, count: sql<number>`count(*)::int` })
      .from(measurements)
      .where(and(eq(measurements.initiativeId, ids[i]), isNull(measurements.categoryId)))
      .groupBy(measurements.status, measurements.returnReason);
    const count = (s: string) => rows.filter((r) => r.status === s).reduce((a, r) => a + r.count, 0);
    const total = rows.reduce((a, r) => a + r.count, 0);
    expect(count('approved') + count('submitted')).toBeGreaterThan(total * 0.95);
    expect(count('returned')).toBe(2);
    expect(rows.filter((r) => r.status === 'returned').every((r) => (r.returnReason ?? '').length > 10)).toBe(true);

    const perPeriod = await db
      .select({ period: measurements.period, count: sql<number>`count(*)::int` })
      .from(measurements)
      .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
      .where(and(eq(measurements.initiativeId, ids[i]), eq(indicators.frequency, 'month'), isNull(measurements.categoryId)))
      .groupBy(measurements.period)
      .orderBy(measurements.period);
    const [previous, last] = perPeriod.slice(-2);
    expect(last.count).toBeLessThan(previous.count);
  });

  it.each([0, 1])('initiative %i shows indicators on track, at risk and off track through the real series', async (i) => {
    const rows = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.initiativeId, ids[i]));
    const statuses = new Set<string>();
    for (const r of rows) statuses.add((await indicatorSeries(db, ids[i], r.id)).status);
    for (const s of ['on_track', 'at_risk', 'off_track']) expect(statuses.has(s)).toBe(true);
  });

  it.each([0, 1])('initiative %i has activities in every status with leads, participants and how/when/who', async (i) => {
    const rows = await db.select().from(activities).where(eq(activities.initiativeId, ids[i]));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rows.map((a) => a.status))).toEqual(new Set(['idea', 'planned', 'ongoing', 'done', 'paused']));
    for (const a of rows) {
      expect(a.leadActorId).not.toBeNull();
      expect([a.how, a.when, a.who].every((t) => t.length > 0)).toBe(true);
    }
  });

  it.each([0, 1])('initiative %i has a quarterly partner meeting series, a year of held meetings and upcoming ones', async (i) => {
    const series = await db.select().from(meetingSeries).where(eq(meetingSeries.initiativeId, ids[i]));
    const partner = series.find((s) => s.kind === 'partner_meeting');
    expect(partner?.rrule).toMatch(/^FREQ=MONTHLY;INTERVAL=3/);
    expect(partner?.defaultAgenda.length).toBeGreaterThanOrEqual(4);
    expect(series.some((s) => s.kind === 'steering_group')).toBe(true);
    expect(series.some((s) => s.kind === 'working_group' && s.workingGroupId)).toBe(true);

    const rows = await db.select().from(meetings).where(eq(meetings.initiativeId, ids[i]));
    const now = Date.now();
    const held = rows.filter((m) => m.status === 'held');
    const upcoming = rows.filter((m) => m.startsAt.getTime() > now);
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    expect(upcoming.length).toBeLessThanOrEqual(3);
    expect(upcoming.every((m) => m.status === 'planned')).toBe(true);
    expect(held.length).toBeGreaterThanOrEqual(8);
    expect(held.every((m) => m.startsAt.getTime() < now && m.startsAt.getTime() > now - 400 * 86_400_000)).toBe(true);
    expect(held.every((m) => m.minutes.includes('###'))).toBe(true);

    const attendance = await db
      .select({ meetingId: meetingAttendance.meetingId, n: sql<number>`count(*)::int` })
      .from(meetingAttendance)
      .where(inArray(meetingAttendance.meetingId, held.map((m) => m.id)))
      .groupBy(meetingAttendance.meetingId);
    expect(attendance).toHaveLength(held.length);
    expect(new Set(attendance.map((a) => a.n)).size).toBeGreaterThan(2);
    const items = await db.select().from(actionItems).where(inArray(actionItems.meetingId, held.map((m) => m.id)));
    expect(items.some((a) => a.done)).toBe(true);
    expect(items.some((a) => !a.done)).toBe(true);
  });

  it('links the partner user to exactly one actor of the first initiative only', async () => {
    const rows = await db
      .select({ initiativeId: memberships.initiativeId, role: memberships.role, actorId: membershipActors.actorId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(membershipActors, eq(membershipActors.membershipId, memberships.id))
      .where(eq(users.email, 'partner@demo.test'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ initiativeId: ids[0], role: 'partner' });
    const [actor] = await db.select().from(actors).where(eq(actors.id, rows[0].actorId!));
    expect(actor.initiativeId).toBe(ids[0]);
  });

  it('generates the same values from the same seed', () => {
    const byKey = new Map(swedishDemo.actors.map((a) => [a.key, a]));
    const ind = swedishDemo.indicators[1];
    const a = generateValues(ind, byKey, swedishDemo.dataFrom, createRandom(7));
    const b = generateValues(ind, byKey, swedishDemo.dataFrom, createRandom(7));
    expect(a.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });
});

describe('demo logins', () => {
  it.each(DEMO_USERS.map((u) => [u.email, u.role] as const))('%s signs in and sees its memberships', async (email, role) => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: DEMO_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${login.json().token}` } });
    expect(me.statusCode).toBe(200);
    const mine = (me.json().memberships as { initiativeId: string; role: string; actorIds: string[] }[]).filter((m) => ids.includes(m.initiativeId));
    if (role === 'partner') {
      expect(mine).toEqual([{ initiativeId: ids[0], initiativeName: swedishDemo.name, role, actorIds: [expect.any(String)] }]);
    } else {
      expect(mine.map((m) => m.initiativeId).sort()).toEqual([...ids].sort());
      expect(mine.every((m) => m.role === role && m.actorIds.length === 0)).toBe(true);
    }
  });

  it('refuses a demo user with a wrong password', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.test', password: 'wrong-password' } });
    expect(res.statusCode).toBe(401);
  });
});
