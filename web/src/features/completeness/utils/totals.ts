// Counts per actor and per indicator for the completeness matrix. Cells that are not due (an
// indicator without a period ending inside the chosen one) are neither expected nor missing.
import type { CompletenessCellState, CompletenessResponse } from '@ci/shared';

export const REPORTING_STATES = ['reported', 'returned', 'late', 'missing'] as const;

export interface Tally {
  reported: number;
  expected: number;
}

export function cellIndex(data: CompletenessResponse): Map<string, CompletenessCellState> {
  return new Map(data.cells.map((c) => [`${c.actorId ?? ''}|${c.indicatorId}`, c.state]));
}

function tally(states: (CompletenessCellState | undefined)[]): Tally {
  const due = states.filter((s): s is CompletenessCellState => s !== undefined && s !== 'notDue');
  return { reported: due.filter((s) => s === 'reported').length, expected: due.length };
}

export function rowTally(index: Map<string, CompletenessCellState>, actorId: string | null, indicatorIds: readonly string[]): Tally {
  return tally(indicatorIds.map((i) => index.get(`${actorId ?? ''}|${i}`)));
}

export function columnTally(index: Map<string, CompletenessCellState>, indicatorId: string, actorIds: readonly (string | null)[]): Tally {
  return tally(actorIds.map((a) => index.get(`${a ?? ''}|${indicatorId}`)));
}

/** Rows still to chase: an actor with something missing, late or sent back. */
export function needsChasing(index: Map<string, CompletenessCellState>, actorId: string | null, indicatorIds: readonly string[]): boolean {
  return indicatorIds.some((i) => {
    const s = index.get(`${actorId ?? ''}|${i}`);
    return s === 'missing' || s === 'late' || s === 'returned';
  });
}
