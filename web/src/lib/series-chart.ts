// What a progress chart draws of one series point. A period that has not ended has no figure to
// compare yet (a quarter of a monthly flow one month in is a third of a quarter), so it is left
// undrawn; an ended period that is still incomplete is drawn as preliminary with its counts.
import type { SeriesPoint } from '@ci/shared';

export interface DrawnValue {
  value: number | null;
  preliminary: { reported?: number; expected?: number } | null;
}

export function drawnValue(point: Pick<SeriesPoint, 'value' | 'state' | 'complete' | 'reported' | 'expected'>): DrawnValue {
  if (point.value === null || (point.state === 'open' && !point.complete)) return { value: null, preliminary: null };
  return { value: point.value, preliminary: point.complete ? null : { reported: point.reported, expected: point.expected } };
}
