// Who is expected to report an indicator for a period: the one rule behind completeness, "late",
// the partner's to-do list and grid, and the headline of every chart (server and web use it).
import { periodEnd, periodStart } from './periods.js';

export interface Membership {
  joinedOn: string | null;
  leftOn: string | null;
}

/** An actor is expected for a period only when it is a member throughout it. */
export function memberThroughout(actor: Membership, period: string): boolean {
  return (actor.joinedOn === null || actor.joinedOn <= periodStart(period)) && (actor.leftOn === null || actor.leftOn >= periodEnd(period));
}

/**
 * Whether values are expected for a period at all: from the indicator's first reporting period on
 * (`reportingFrom`, a period key or a date inside that period).
 */
export function isReportingPeriod(reportingFrom: string, period: string): boolean {
  const from = /^\d{4}-\d{2}-\d{2}$/.test(reportingFrom) ? reportingFrom : periodStart(reportingFrom);
  return periodEnd(period) >= from;
}

export interface ReportedIndicator {
  actorAggregation: string;
  /** Chosen reporters; null: the default, every actor that is not the backbone organisation. */
  expectedActorIds: readonly string[] | null;
  reportingFrom: string;
}

export interface ReportingActor extends Membership {
  id: string;
  role: string;
}

/** Whether an actor is expected to report an (actor-level) indicator for a period of its frequency. */
export function expectsActor(indicator: ReportedIndicator, actor: ReportingActor, period: string): boolean {
  if (indicator.actorAggregation === 'none' || !isReportingPeriod(indicator.reportingFrom, period)) return false;
  const chosen = indicator.expectedActorIds === null ? actor.role !== 'backbone' : indicator.expectedActorIds.includes(actor.id);
  return chosen && memberThroughout(actor, period);
}
