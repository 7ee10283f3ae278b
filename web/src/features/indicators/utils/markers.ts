// Activities and meetings placed on a chart's time axis, numbered in time order so the chart
// and the list under it refer to each other.
import { comparePeriods, periodOfDate, type Frequency } from '@ci/shared';
import type { ChartMarker } from '../../../components/charts/ProgressChart';

export interface TimedThing {
  id: string;
  kind: 'meeting' | 'activity';
  label: string;
  /** `YYYY-MM-DD` or an ISO timestamp. */
  start: string | Date;
  end?: string | Date | null;
}

export function chartMarkers(things: TimedThing[], frequency: Frequency, periods: string[]): ChartMarker[] {
  if (periods.length === 0) return [];
  const first = periods[0];
  const last = periods[periods.length - 1];
  const dated = things
    .map((thing) => {
      const startPeriod = periodOfDate(thing.start, frequency);
      // An activity without an end date is still running: it reaches the end of the range.
      const endPeriod = thing.end ? periodOfDate(thing.end, frequency) : thing.kind === 'activity' ? last : undefined;
      return { thing, startPeriod, endPeriod };
    })
    // Keep what overlaps the visible range; an activity that started before it is drawn from its start.
    .filter(({ startPeriod, endPeriod }) => comparePeriods(startPeriod, last) <= 0 && comparePeriods(endPeriod ?? startPeriod, first) >= 0)
    .sort((a, b) => comparePeriods(a.startPeriod, b.startPeriod) || a.thing.label.localeCompare(b.thing.label));

  return dated.map(({ thing, startPeriod, endPeriod }, index) => {
    const period = comparePeriods(startPeriod, first) < 0 ? first : startPeriod;
    const end = endPeriod && comparePeriods(endPeriod, last) > 0 ? last : endPeriod;
    return {
      id: `${thing.kind}-${thing.id}`,
      number: index + 1,
      kind: thing.kind,
      period,
      endPeriod: thing.kind === 'activity' ? (end ?? last) : undefined,
      label: thing.label,
    };
  });
}
