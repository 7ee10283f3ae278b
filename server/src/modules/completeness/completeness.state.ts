// Which of an indicator's periods a requested period asks about, and the reporting state of a cell.
import {
  enumeratePeriods,
  frequencyOf,
  isCoarserOrEqual,
  periodDueDate,
  periodEnd,
  periodOfDate,
  previousPeriod,
  toFrequency,
  type CompletenessCellState,
  type CompletenessSummary,
  type Frequency,
} from '@ci/shared';

/** The latest quarter that has ended by `today`. */
export function latestFinishedQuarter(today: Date): string {
  return previousPeriod(periodOfDate(today, 'quarter'));
}

/**
 * The indicator's own periods that make up the requested one: all its sub-periods when the request
 * is coarser or equal; when it is finer, the indicator period that ends inside it, or none (not due).
 */
export function indicatorPeriods(requested: string, indicatorFrequency: Frequency): string[] {
  if (isCoarserOrEqual(frequencyOf(requested), indicatorFrequency)) {
    return enumeratePeriods(requested, requested, indicatorFrequency);
  }
  const containing = toFrequency(requested, indicatorFrequency);
  return periodEnd(containing) <= periodEnd(requested) ? [containing] : [];
}

/** What is stored for one indicator, actor and indicator period. */
export interface ReportedFacts {
  counted: boolean;
  returned: boolean;
}

/** The state of one indicator period: a counted value wins over a returned one. */
export function periodState(
  period: string,
  facts: ReportedFacts | undefined,
  today: string,
  deadlineDays: number,
): Exclude<CompletenessCellState, 'notDue'> {
  if (facts?.counted) return 'reported';
  if (facts?.returned) return 'returned';
  return today > periodDueDate(period, deadlineDays) ? 'late' : 'missing';
}

/** A cell over several indicator periods is reported only when every one of them is. */
export function cellState(states: readonly Exclude<CompletenessCellState, 'notDue'>[]): CompletenessCellState {
  if (states.length === 0) return 'notDue';
  if (states.every((s) => s === 'reported')) return 'reported';
  if (states.includes('returned')) return 'returned';
  if (states.includes('late')) return 'late';
  return 'missing';
}

export function summarize(states: readonly CompletenessCellState[]): CompletenessSummary {
  const summary: CompletenessSummary = { reported: 0, missing: 0, late: 0, returned: 0, notDue: 0 };
  for (const s of states) summary[s] += 1;
  return summary;
}
