// indicatorSeries: the one code path from stored measurements to the numbers every view shows
// (indicator chart, overview, exports), so that a number is the same wherever it appears.
import {
  comparePeriods,
  enumeratePeriods,
  inFrequency,
  isCoarserOrEqual,
  periodDistance,
  periodEnd,
  periodOfDate,
  periodStart,
  addPeriods,
  type Direction,
  type Frequency,
  type PeriodValue,
  type SeriesPoint,
  type SeriesQuery,
  type SeriesResponse,
  type TimeAggregation,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { found, ValidationError } from '../../lib/errors.js';
import {
  aggregateMeasurements,
  findIndicator,
  listPeriodTargets,
  type AggregateRow,
  type IndicatorRow,
} from './series.repository.js';
import { inSeriesFrequency, indicatorStatus, leastSquaresTrend, periodTargets, trajectoryAt } from './series.status.js';

/** The most points one series may have (50 years of months). */
export const MAX_SERIES_POINTS = 600;

function anchor(period: string | null, value: number | null, frequency: Frequency): PeriodValue | null {
  const key = inSeriesFrequency(period, frequency);
  return key === null || value === null ? null : { period: key, value };
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return comparePeriods(a, b) >= 0 ? a : b;
}

interface Range {
  start: string;
  end: string;
}

/** The periods to show: explicit bounds, else baseline (or first data) to target (or last data). */
function resolveRange(
  query: SeriesQuery,
  frequency: Frequency,
  baseline: PeriodValue | null,
  target: PeriodValue | null,
  dataPeriods: string[],
): Range | null {
  const from = query.from ? inFrequency(query.from, frequency, 'first') : null;
  const to = query.to ? inFrequency(query.to, frequency, 'last') : null;
  const firstData = dataPeriods[0] ?? null;
  const lastData = dataPeriods[dataPeriods.length - 1] ?? null;
  const end = to ?? later(later(target?.period ?? null, lastData), from ?? baseline?.period ?? firstData);
  let start = from ?? baseline?.period ?? firstData ?? end;
  if (start === null || end === null) return null;
  if (!from && comparePeriods(start, end) > 0) start = firstData && comparePeriods(firstData, end) <= 0 ? firstData : end;
  if (periodDistance(start, end) + 1 > MAX_SERIES_POINTS) {
    if (from) {
      throw new ValidationError(`A series may have at most ${MAX_SERIES_POINTS} points; choose a shorter range or a coarser frequency`, [
        { field: 'querystring.from', message: `more than ${MAX_SERIES_POINTS} periods before the end of the range` },
      ]);
    }
    // A default start that lies too far back gives way to the most recent periods.
    start = addPeriods(end, -(MAX_SERIES_POINTS - 1));
  }
  return { start, end };
}

function checkQuery(query: SeriesQuery, frequency: Frequency, indicatorFrequency: Frequency) {
  if (!isCoarserOrEqual(frequency, indicatorFrequency)) {
    throw new ValidationError(`This indicator is reported by ${indicatorFrequency}; it cannot be shown by a finer frequency`, [
      { field: 'querystring.frequency', message: `must be ${indicatorFrequency} or coarser` },
    ]);
  }
  if (query.from && query.to && comparePeriods(inFrequency(query.from, frequency, 'first'), inFrequency(query.to, frequency, 'last')) > 0) {
    throw new ValidationError('The range ends before it starts', [{ field: 'querystring.to', message: 'must not be before from' }]);
  }
}

/** The series of an indicator that is already loaded (the overview loads them all at once). */
export async function seriesForIndicator(db: DbOrTx, indicator: IndicatorRow, query: SeriesQuery = {}): Promise<SeriesResponse> {
  const indicatorFrequency = indicator.frequency as Frequency;
  const frequency = query.frequency ?? indicatorFrequency;
  checkQuery(query, frequency, indicatorFrequency);

  const baseline = anchor(indicator.baselinePeriod, indicator.baselineValue, frequency);
  const target = anchor(indicator.targetPeriod, indicator.targetValue, frequency);
  const explicitFrom = query.from ? periodStart(inFrequency(query.from, frequency, 'first')) : null;
  const explicitTo = query.to ? periodEnd(inFrequency(query.to, frequency, 'last')) : null;

  // One after the other: the handle may be a transaction, whose single connection runs one query at a time.
  const rows = await aggregateMeasurements(db, indicator, { frequency, fromDate: explicitFrom, toDate: explicitTo });
  const targetRows = await listPeriodTargets(db, indicator.id);

  const totals = new Map<string, AggregateRow>();
  const actors = new Map<string, AggregateRow[]>();
  for (const row of rows) {
    const period = periodOfDate(row.bucket, frequency);
    if (row.kind === 'total') totals.set(period, row);
    else actors.set(period, [...(actors.get(period) ?? []), row]);
  }
  const range = resolveRange(query, frequency, baseline, target, [...totals.keys()]);
  const periods = range ? enumeratePeriods(range.start, range.end, frequency, MAX_SERIES_POINTS) : [];
  // The final target is the last of the per-period targets, so a coarser view combines it with them.
  const finalTarget =
    indicator.targetPeriod !== null && indicator.targetValue !== null && !targetRows.some((r) => r.period === indicator.targetPeriod)
      ? [{ period: indicator.targetPeriod, value: indicator.targetValue }]
      : [];
  const targets = periodTargets([...targetRows, ...finalTarget], frequency, indicatorFrequency, indicator.timeAggregation as TimeAggregation);
  const percentage = indicator.measureType === 'percentage';

  const points = periods.map((period): SeriesPoint => {
    const total = totals.get(period);
    const point: SeriesPoint = {
      period,
      value: total ? total.value : null,
      byActor: (actors.get(period) ?? []).map((a) => ({
        actorId: a.actorId as string,
        value: a.value,
        ...(percentage ? { numerator: a.numerator ?? undefined, denominator: a.denominator ?? undefined } : {}),
      })),
    };
    if (total && percentage) {
      point.numerator = total.numerator ?? undefined;
      point.denominator = total.denominator ?? undefined;
    }
    const periodTarget = targets.get(period) ?? (target && target.period === period ? target.value : undefined);
    if (periodTarget !== undefined) point.target = periodTarget;
    const trajectory = baseline && target ? trajectoryAt(baseline, target, period) : undefined;
    if (trajectory !== undefined) point.trajectory = trajectory;
    return point;
  });

  const withData = points.filter((p): p is SeriesPoint & { value: number } => p.value !== null).map((p) => ({ period: p.period, value: p.value }));
  const latest = withData[withData.length - 1] ?? null;
  return {
    indicatorId: indicator.id,
    frequency,
    baseline,
    target,
    status: indicatorStatus(indicator.direction as Direction, latest, baseline, target),
    latest,
    trend: leastSquaresTrend(withData, target?.period ?? null, MAX_SERIES_POINTS),
    points,
  };
}

/** The series of one indicator of an initiative; NotFound when it is not the initiative's. */
export async function indicatorSeries(db: DbOrTx, initiativeId: string, indicatorId: string, query: SeriesQuery = {}) {
  const indicator = found(await findIndicator(db, initiativeId, indicatorId), 'Indicator');
  return seriesForIndicator(db, indicator, query);
}
