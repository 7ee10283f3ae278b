// Writes one demo initiative in the caller's transaction. Ids are made here so that every table
// is written with one multi-row insert (measurements in chunks): the embedded database starts
// with the demo in about a second.
import { randomUUID } from 'node:crypto';
import { addPeriods, comparePeriods, lastSubPeriod, periodEnd, periodOfDate, periodStart, periodStateOn } from '@ci/shared';
import type { Tx } from '../server/src/db/client.js';
import {
  actionItems,
  activities,
  activityActors,
  activityGoals,
  activityIndicators,
  actors,
  agendaItems,
  decisions,
  disaggregationCategories,
  disaggregationDimensions,
  goals,
  indicatorReporters,
  indicatorTargets,
  indicators,
  initiatives,
  measurements,
  meetingAttendance,
  meetingSeries,
  meetings,
  narratives,
  workingGroupMembers,
  workingGroups,
} from '../server/src/db/schema/index.js';
import { currentPeriod, todayIso, yearFromToday } from './calendar.js';
import { buildMeetingRows } from './meetings.js';
import { createRandom, type Random } from './random.js';
import { generateValues, indicatorPeriods } from './values.js';
import type { DemoInitiative } from './types.js';

/** Rows per insert statement: larger statements are slower on PGlite, smaller ones cost round trips. */
export const INSERT_CHUNK = 500;

export async function insertInChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = INSERT_CHUNK) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

function keyMap(kind: string, keys: string[]) {
  const ids = new Map(keys.map((k) => [k, randomUUID()]));
  if (ids.size !== keys.length) throw new Error(`Duplicate ${kind} key`);
  return (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`Unknown ${kind} key: ${key}`);
    return id;
  };
}

/** When a value was entered: some days after its period ended, never in the future. */
function enteredAt(period: string, random: Random): Date {
  const end = Date.parse(`${periodEnd(period)}T08:00:00Z`);
  const at = end + random.int(2, 25) * 86_400_000 + random.int(0, 9 * 60) * 60_000;
  const now = Date.now();
  if (at < now) return new Date(at);
  const start = Date.parse(`${periodStart(period)}T08:00:00Z`);
  return new Date(Math.max(start, now - random.int(1, 96) * 3_600_000));
}

export async function loadInitiative(
  tx: Tx,
  demo: DemoInitiative,
  enteredBy: string | null,
): Promise<LoadedInitiative> {
  const random = createRandom(demo.seed);
  const initiativeId = randomUUID();
  const goalId = keyMap('goal', demo.goals.map((g) => g.key));
  const actorId = keyMap('actor', demo.actors.map((a) => a.key));
  const groupId = keyMap('working group', demo.workingGroups.map((g) => g.key));
  const indicatorId = keyMap('indicator', demo.indicators.map((i) => i.key));
  const actorsByKey = new Map(demo.actors.map((a) => [a.key, a]));

  await tx.insert(initiatives).values({
    id: initiativeId,
    name: demo.name,
    area: demo.area,
    vision: demo.vision,
    description: demo.description,
    locale: demo.locale,
    publicView: demo.publicView,
    publicThreshold: demo.publicThreshold,
    requiresApproval: demo.requiresApproval,
    lockedThrough: demo.lockedThrough,
    reportingDeadlineDays: demo.reportingDeadlineDays,
  });
  await tx.insert(goals).values(
    demo.goals.map((g, position) => ({ id: goalId(g.key), initiativeId, title: g.title, description: g.description, position })),
  );
  await tx.insert(actors).values(
    demo.actors.map((a) => ({
      id: actorId(a.key),
      initiativeId,
      name: a.name,
      sector: a.sector,
      role: a.role,
      description: a.description,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      website: a.website ?? '',
      joinedOn: a.joinedOn,
      leftOn: a.leftOn ?? null,
      competences: a.competences,
      needs: a.needs,
    })),
  );
  await tx.insert(workingGroups).values(
    demo.workingGroups.map((g) => ({ id: groupId(g.key), initiativeId, name: g.name, purpose: g.purpose })),
  );
  await tx
    .insert(workingGroupMembers)
    .values(demo.workingGroups.flatMap((g) => g.members.map((m) => ({ workingGroupId: groupId(g.key), actorId: actorId(m) }))));

  await loadIndicators(tx, demo, initiativeId, { goalId, indicatorId, actorId }, actorsByKey, enteredBy, random);

  await tx.insert(narratives).values(
    demo.narratives.map((n) => {
      const ind = demo.indicators.find((i) => i.key === n.indicator);
      if (!ind) throw new Error(`Narrative: unknown indicator ${n.indicator}`);
      const period = addPeriods(currentPeriod(ind.frequency), -n.periodsAgo);
      return {
        initiativeId,
        indicatorId: indicatorId(n.indicator),
        period,
        periodStart: periodStart(period),
        whatHappened: n.whatHappened,
        why: n.why,
        nextSteps: n.nextSteps,
        authorId: enteredBy,
      };
    }),
  );

  const activityIds = demo.activities.map(() => randomUUID());
  await tx.insert(activities).values(
    demo.activities.map((a, i) => ({
      id: activityIds[i],
      initiativeId,
      title: a.title,
      description: a.description,
      leadActorId: actorId(a.lead),
      workingGroupId: a.workingGroup ? groupId(a.workingGroup) : null,
      how: a.how,
      when: a.when,
      who: a.who,
      startDate: a.startDate ?? null,
      endDate: a.endDate ?? null,
      status: a.status,
      priority: i + 1,
    })),
  );
  const activityGoalRows = demo.activities.flatMap((a, i) => a.goals.map((g) => ({ activityId: activityIds[i], goalId: goalId(g) })));
  const activityIndicatorRows = demo.activities.flatMap((a, i) =>
    a.indicators.map((k) => ({ activityId: activityIds[i], indicatorId: indicatorId(k) })),
  );
  const activityActorRows = demo.activities.flatMap((a, i) => a.participants.map((k) => ({ activityId: activityIds[i], actorId: actorId(k) })));
  if (activityGoalRows.length) await tx.insert(activityGoals).values(activityGoalRows);
  if (activityIndicatorRows.length) await tx.insert(activityIndicators).values(activityIndicatorRows);
  if (activityActorRows.length) await tx.insert(activityActors).values(activityActorRows);

  const meetingRows = await loadMeetings(tx, demo, { initiativeId, actor: actorId, workingGroup: groupId, indicator: indicatorId }, random);

  return {
    initiativeId,
    partnerActorId: actorId(demo.partnerActor),
    goalId,
    actorId,
    meeting(series, occurrence) {
      const found = meetingRows.byOccurrence.get(`${series}:${occurrence}`);
      if (!found) throw new Error(`No demo meeting ${series} ${occurrence}`);
      return found;
    },
    activityCount: demo.activities.length,
  };
}

/** The ids the later parts of the demo (its ideas) refer to by their keys. */
export interface LoadedInitiative {
  initiativeId: string;
  partnerActorId: string;
  goalId(key: string): string;
  actorId(key: string): string;
  meeting(series: string, occurrence: number): { id: string; startsAt: Date; agendaLength: number };
  /** Activities written so far: the next one's priority follows them. */
  activityCount: number;
}

interface IndicatorIds {
  goalId(key: string): string;
  indicatorId(key: string): string;
  actorId(key: string): string;
}

async function loadIndicators(
  tx: Tx,
  demo: DemoInitiative,
  initiativeId: string,
  ids: IndicatorIds,
  actorsByKey: Map<string, DemoInitiative['actors'][number]>,
  enteredBy: string | null,
  random: Random,
) {
  const targets: (typeof indicatorTargets.$inferInsert)[] = [];
  const dimensions: (typeof disaggregationDimensions.$inferInsert)[] = [];
  const categories: (typeof disaggregationCategories.$inferInsert)[] = [];
  const reporters: (typeof indicatorReporters.$inferInsert)[] = [];
  const rows: (typeof measurements.$inferInsert)[] = [];
  const returnable: { index: number; partner: boolean }[] = [];

  const indicatorRows = demo.indicators.map((ind, position) => {
    const id = ids.indicatorId(ind.key);
    const { baselinePeriod, targetPeriod } = indicatorPeriods(ind, demo.dataFrom);
    for (const t of ind.yearTargets ?? []) {
      targets.push({ indicatorId: id, period: lastSubPeriod(String(yearFromToday(t.yearOffset)), ind.frequency), value: t.value });
    }
    const categoryIds: string[] = [];
    if (ind.disaggregation) {
      if (ind.measureType !== 'number') throw new Error(`Indicator ${ind.code}: only numbers are disaggregated in the demo`);
      const dimensionId = randomUUID();
      dimensions.push({ id: dimensionId, indicatorId: id, name: ind.disaggregation.name, position: 0 });
      ind.disaggregation.categories.forEach((c, i) => {
        categoryIds.push(randomUUID());
        categories.push({ id: categoryIds[i], dimensionId, name: c.name, position: i });
      });
    }

    const values = generateValues(ind, actorsByKey, demo.dataFrom, random, demo.reportingDeadlineDays);
    const stateOf = (period: string) => periodStateOn(period, todayIso(), demo.reportingDeadlineDays);
    const latestClosed = values.reduce<string | null>(
      (p, v) => (stateOf(v.period) === 'closed' && (p === null || comparePeriods(v.period, p) > 0) ? v.period : p),
      null,
    );
    const newest = values.reduce((p, v) => (comparePeriods(v.period, p) > 0 ? v.period : p), values[0]?.period ?? currentPeriod(ind.frequency));
    const previous = addPeriods(newest, -1);
    const statusByTotal = new Map<string, { status: string; note: string }>();
    for (const v of values) {
      // A category value shares the status and note of its total, which precedes it.
      const cell = `${v.actorKey}|${v.period}`;
      let meta = statusByTotal.get(cell);
      if (!meta) {
        const state = stateOf(v.period) === 'closed' ? (v.period === latestClosed ? 'latestClosed' : 'closed') : 'reporting';
        meta = { status: statusFor(state, demo.requiresApproval, random), note: '' };
        if (random.chance(0.02)) meta.note = random.pick(demo.words.measurementNotes);
        statusByTotal.set(cell, meta);
        if ((v.period === newest || v.period === previous) && v.actorKey && v.category === null && meta.status === 'submitted') {
          returnable.push({ index: rows.length, partner: v.actorKey === demo.partnerActor });
        }
      }
      rows.push({
        initiativeId,
        indicatorId: id,
        actorId: v.actorKey ? ids.actorId(v.actorKey) : null,
        period: v.period,
        periodStart: periodStart(v.period),
        categoryId: v.category === null ? null : categoryIds[v.category],
        value: v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        note: meta.note,
        status: meta.status,
        enteredBy,
        enteredAt: enteredAt(v.period, random),
      });
    }

    return {
      id,
      initiativeId,
      goalId: ids.goalId(ind.goal),
      code: ind.code,
      name: ind.name,
      definition: ind.definition,
      source: ind.source,
      unit: ind.unit,
      decimals: ind.decimals,
      measureType: ind.measureType,
      direction: ind.direction,
      frequency: ind.frequency,
      actorAggregation: ind.actorAggregation,
      timeAggregation: ind.timeAggregation,
      baselineValue: ind.baseline,
      baselinePeriod,
      targetValue: ind.target,
      targetPeriod,
      position,
      // The demo's partners have reported these indicators from the start of its history.
      reportingFrom: periodStart(periodOfDate(demo.dataFrom, ind.frequency)),
      reportersChosen: ind.actorAggregation !== 'none',
    };
  });
  for (const ind of demo.indicators) {
    if (ind.actorAggregation === 'none') continue;
    reporters.push(...ind.reporters.map((key) => ({ indicatorId: ids.indicatorId(ind.key), actorId: ids.actorId(key) })));
  }

  // Two recent values were sent back by the steering group with a reason, one of them the demo partner's.
  const shuffled = random.shuffle(returnable);
  const picked = [shuffled.find((r) => r.partner), ...shuffled.filter((r) => !r.partner)].filter((r) => r !== undefined).slice(0, 2);
  for (const [n, { index }] of picked.entries()) {
    const row = rows[index];
    for (const r of rows) {
      if (r.indicatorId === row.indicatorId && r.actorId === row.actorId && r.period === row.period) {
        r.status = 'returned';
        r.returnReason = demo.words.returnReasons[n % demo.words.returnReasons.length];
      }
    }
  }

  await tx.insert(indicators).values(indicatorRows);
  if (reporters.length) await tx.insert(indicatorReporters).values(reporters);
  if (targets.length) await tx.insert(indicatorTargets).values(targets);
  if (dimensions.length) await tx.insert(disaggregationDimensions).values(dimensions);
  if (categories.length) await tx.insert(disaggregationCategories).values(categories);
  await insertInChunks(rows, (chunk) => tx.insert(measurements).values(chunk));
}

/**
 * Older values are approved; those of the period being collected are submitted (a few still
 * drafts, some already approved where the initiative requires approval); in the most recently
 * closed period nearly all are approved where approval is required, half otherwise.
 */
function statusFor(state: 'reporting' | 'latestClosed' | 'closed', requiresApproval: boolean, random: Random): string {
  if (state === 'reporting') {
    if (random.chance(0.1)) return 'draft';
    return requiresApproval && random.chance(0.3) ? 'approved' : 'submitted';
  }
  if (state === 'latestClosed') return random.chance(requiresApproval ? 0.95 : 0.5) ? 'approved' : 'submitted';
  return random.chance(0.94) ? 'approved' : 'submitted';
}

async function loadMeetings(tx: Tx, demo: DemoInitiative, ids: Parameters<typeof buildMeetingRows>[1], random: Random) {
  const rows = buildMeetingRows(demo, ids, random);
  if (rows.series.length) await tx.insert(meetingSeries).values(rows.series);
  if (rows.meetings.length) await tx.insert(meetings).values(rows.meetings);
  if (rows.agendaItems.length) await tx.insert(agendaItems).values(rows.agendaItems);
  if (rows.attendance.length) await tx.insert(meetingAttendance).values(rows.attendance);
  if (rows.decisions.length) await tx.insert(decisions).values(rows.decisions);
  if (rows.actionItems.length) await tx.insert(actionItems).values(rows.actionItems);
  return rows;
}
