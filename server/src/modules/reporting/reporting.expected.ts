// Who is expected to report an indicator for a period, and how complete a period is: the one rule
// behind completeness, "late", reminders, the partner's grid and the headline of every chart.
import {
  isReportingPeriod,
  isoDay,
  memberThroughout,
  periodStateOn,
  type Frequency,
  type PeriodCompleteness,
  type PeriodState,
} from '@ci/shared';
import { subPeriods } from '../series/series.plan.js';

export interface ReporterMembership {
  id: string;
  joinedOn: string | null;
  leftOn: string | null;
}

/** What decides an indicator's expected reporters. */
export interface ReportingContext {
  indicatorId: string;
  frequency: Frequency;
  /** Population-level: one value without actor, reported by the backbone. */
  population: boolean;
  /** First day from which values are expected (the period holding it is the first one). */
  reportingFrom: string;
  /** The expected actors (chosen, or the default) with their membership dates. */
  reporters: ReporterMembership[];
  reportingDays: number;
}

/** What of an indicator decides its reporting context. */
export interface ReportingIndicator {
  id: string;
  frequency: string;
  actorAggregation: string;
  reportingFrom: string;
  reportersChosen: boolean;
}

/** The reporting contexts of indicators from what reportingContexts loads (members: the initiative's actors; chosen: the indicators' chosen reporters). */
export function contextsOf(
  rows: readonly ReportingIndicator[],
  reportingDays: number,
  members: readonly (ReporterMembership & { role: string })[],
  chosen: readonly { indicatorId: string; actorId: string }[],
): Map<string, ReportingContext> {
  const out = new Map<string, ReportingContext>();
  const byId = new Map(members.map((m) => [m.id, m]));
  const chosenBy = new Map<string, ReporterMembership[]>();
  for (const c of chosen) {
    const m = byId.get(c.actorId);
    if (m) chosenBy.set(c.indicatorId, [...(chosenBy.get(c.indicatorId) ?? []), m]);
  }
  // The default: every member organisation except the backbone's own.
  const defaults = members.filter((m) => m.role !== 'backbone');
  for (const r of rows) {
    out.set(r.id, {
      indicatorId: r.id,
      frequency: r.frequency as Frequency,
      population: r.actorAggregation === 'none',
      reportingFrom: r.reportingFrom,
      reporters: r.reportersChosen ? (chosenBy.get(r.id) ?? []) : defaults,
      reportingDays,
    });
  }
  return out;
}

/** The expected reporters of one period of the indicator's frequency; null stands for the backbone's population value. */
export function expectedReporters(ctx: ReportingContext, period: string): (string | null)[] {
  if (!isReportingPeriod(ctx.reportingFrom, period)) return [];
  if (ctx.population) return [null];
  return ctx.reporters.filter((a) => memberThroughout(a, period)).map((a) => a.id);
}

/** Counted values as a set of `period|actorId` (empty actor for a population value). */
export type CountedSet = ReadonlySet<string>;

export function countedKey(period: string, actorId: string | null): string {
  return `${period}|${actorId ?? ''}`;
}

interface OwnPeriod {
  state: PeriodState;
  complete: boolean;
  expected: (string | null)[];
  reported: (string | null)[];
}

/**
 * One period of the indicator's frequency: complete when closed, or when every expected reporter's
 * value counts; with nobody expected, once it has ended.
 */
export function ownPeriodCompleteness(ctx: ReportingContext, counted: CountedSet, period: string, today: string): OwnPeriod {
  const state = periodStateOn(period, today, ctx.reportingDays);
  const expected = expectedReporters(ctx, period);
  const reported = expected.filter((a) => counted.has(countedKey(period, a)));
  const complete = state === 'closed' || (expected.length > 0 ? reported.length === expected.length : state !== 'open');
  return { state, complete, expected, reported };
}

/**
 * A period of the series frequency (the indicator's own or coarser): complete when every
 * sub-period is; `reported` counts the expected reporters with a counted value in every
 * sub-period so far in which they are expected (a quarter whose last month is still open counts
 * its ended months: "3 of 4 have reported so far").
 */
export function periodCompleteness(ctx: ReportingContext, counted: CountedSet, period: string, today: string): PeriodCompleteness {
  const state = periodStateOn(period, today, ctx.reportingDays);
  // A closed period's sub-periods are all closed: complete, whoever reported.
  if (state === 'closed') return { state, complete: true };
  const subs = subPeriods(period, ctx.frequency).map((s) => ownPeriodCompleteness(ctx, counted, s, today));
  const complete = subs.every((s) => s.complete);
  if (complete) return { state, complete };
  const expected = new Set(subs.flatMap((s) => s.expected));
  const ended = subs.filter((s) => s.state !== 'open');
  const judged = ended.length > 0 ? ended : subs;
  const missing = new Set(judged.flatMap((s) => s.expected.filter((a) => !s.reported.includes(a))));
  return { state, complete, reported: expected.size - missing.size, expected: expected.size };
}

export function today(now: Date = new Date()): string {
  return isoDay(now);
}
