// seriesForIndicator: the one code path from stored measurements to the numbers every view shows
// (indicator chart, overview, slides, exports, public page), so that a number and a status are
// the same wherever they appear.
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
  previousPeriod,
  type Direction,
  type Frequency,
  type HeadlineValue,
  type PeriodValue,
  type SeriesPoint,
  type SeriesQuery,
  type SeriesCategoryValue,
  type SeriesResponse,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { found, ValidationError } from '../../lib/errors.js';
import { reportingContexts } from '../reporting/reporting.repository.js';
import { countedKey, periodCompleteness, today as todayOf, type CountedSet, type ReportingContext } from '../reporting/reporting.expected.js';
import { aggregateMeasurements, findSeriesIndicator, listPeriodTargets, type AggregateRow, type IndicatorRow } from './series.repository.js';
import { convertedAnchor, periodTargets, planOf, trajectoryOf } from './series.plan.js';
import { indicatorStatus, leastSquaresTrend } from './series.status.js';

/** The most points one series may have (50 years of months). */
export const MAX_SERIES_POINTS = 600;

export interface SeriesOptions {
  /** Also each category's figures per point and actor (the indicator page's breakdown). */
  categories?: boolean;
  /** The moment that decides which periods have ended and are complete; default now. */
  now?: Date;
  /** The indicator's reporting context when the caller has loaded many at once (see reportingContexts). */
  reporting?: ReportingContext;
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

/** Period keys of bucket dates, each worked out once per series: thousands of rows share a few dozen buckets. */
function periodsOf(frequency: Frequency): (bucket: string) => string {
  const keys = new Map<string, string>();
  return (bucket) => {
    let key = keys.get(bucket);
    if (key === undefined) {
      key = periodOfDate(bucket, frequency);
      keys.set(bucket, key);
    }
    return key;
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Aggregate rows keyed by period of the series frequency: the totals, each actor's figure, and the categories' figures. */
function byPeriod(rows: AggregateRow[], frequency: Frequency) {
  const periodOf = periodsOf(frequency);
  const totals = new Map<string, AggregateRow>();
  const actors = new Map<string, AggregateRow[]>();
  /** By period, then by actor id ('' for the aggregate across actors). */
  const categories = new Map<string, Map<string, AggregateRow[]>>();
  for (const row of rows) {
    const period = periodOf(row.bucket);
    if (row.categoryId !== null) {
      let perActor = categories.get(period);
      if (!perActor) categories.set(period, (perActor = new Map()));
      append(perActor, row.kind === 'total' ? '' : (row.actorId ?? ''), row);
    } else if (row.kind === 'total') totals.set(period, row);
    else append(actors, period, row);
  }
  return { totals, actors, categories };
}

/** The totals (no categories) keyed by period. */
function totalsByPeriod(rows: AggregateRow[], frequency: Frequency) {
  const periodOf = periodsOf(frequency);
  const totals = new Map<string, AggregateRow>();
  for (const row of rows) if (row.kind === 'total' && row.categoryId === null) totals.set(periodOf(row.bucket), row);
  return totals;
}

function categoryValues(rows: AggregateRow[] | undefined, percentage: boolean): SeriesCategoryValue[] {
  return (rows ?? []).map((c) => ({
    categoryId: c.categoryId!,
    value: c.value,
    ...(percentage ? { numerator: c.numerator ?? undefined, denominator: c.denominator ?? undefined } : {}),
  }));
}

function headlineOf(row: AggregateRow, period: string, percentage: boolean): HeadlineValue {
  return {
    period,
    value: row.value,
    ...(percentage ? { numerator: row.numerator ?? undefined, denominator: row.denominator ?? undefined } : {}),
  };
}

/**
 * The headline in the indicator's own frequency: the latest complete period with data up to the
 * end of the range, and the period just before it.
 */
function headline(totals: Map<string, AggregateRow>, ctx: ReportingContext, counted: CountedSet, today: string, percentage: boolean) {
  const periods = [...totals.keys()].sort(comparePeriods).reverse();
  const period = periods.find((p) => periodCompleteness(ctx, counted, p, today).complete);
  if (!period) return { latest: null, previous: null };
  const before = previousPeriod(period);
  return {
    latest: headlineOf(totals.get(period)!, period, percentage),
    previous: { period: before, value: totals.get(before)?.value ?? null },
  };
}

/**
 * The (period, reporter) pairs whose value counts, from the rows by the indicator's own frequency:
 * an actor's figure for a period exists exactly when one of its values counts (for a population
 * indicator, the total stands for the backbone's value).
 */
function countedOf(ownRows: readonly AggregateRow[], ownFrequency: Frequency, population: boolean): CountedSet {
  const periodOf = periodsOf(ownFrequency);
  const out = new Set<string>();
  for (const row of ownRows) {
    if (row.categoryId !== null) continue;
    if (population) {
      if (row.kind === 'total') out.add(countedKey(periodOf(row.bucket), null));
    } else if (row.kind === 'actor') out.add(countedKey(periodOf(row.bucket), row.actorId));
    else if (row.kind === 'reporters') for (const actorId of row.reporters ?? []) out.add(countedKey(periodOf(row.bucket), actorId));
  }
  return out;
}

/** The series of an indicator that is already loaded (the overview loads them all at once). */
export async function seriesForIndicator(
  db: DbOrTx,
  indicator: IndicatorRow,
  query: SeriesQuery = {},
  options: SeriesOptions = {},
): Promise<SeriesResponse> {
  const indicatorFrequency = indicator.frequency as Frequency;
  const frequency = query.frequency ?? indicatorFrequency;
  checkQuery(query, frequency, indicatorFrequency);
  const today = todayOf(options.now);
  const percentage = indicator.measureType === 'percentage';

  const plan = planOf(indicator);
  const baseline = convertedAnchor(plan, plan.baseline, frequency);
  const target = convertedAnchor(plan, plan.target, frequency);
  const explicitFrom = query.from ? periodStart(inFrequency(query.from, frequency, 'first')) : null;
  const explicitTo = query.to ? periodEnd(inFrequency(query.to, frequency, 'last')) : null;

  // One statement gives the view's rows and, when they are not the same, the rows by the indicator's
  // own frequency over every period up to the end: the headline and completeness are judged on those.
  const ownGrain = frequency !== indicatorFrequency || explicitFrom !== null;
  const rows = await aggregateMeasurements(db, indicator, {
    frequency,
    fromDate: explicitFrom,
    toDate: explicitTo,
    categories: options.categories,
    own: ownGrain ? indicatorFrequency : undefined,
  });
  const viewRows = ownGrain ? rows.filter((r) => r.grain === 0) : rows;
  const ownRows = ownGrain ? rows.filter((r) => r.grain === 1) : rows;
  // One after the other: the handle may be a transaction, whose single connection runs one query at a time.
  const targetRows = await listPeriodTargets(db, indicator.id);
  const ctx = options.reporting ?? (await reportingContexts(db, indicator.initiativeId, [indicator])).get(indicator.id)!;
  const counted = countedOf(ownRows, indicatorFrequency, indicator.actorAggregation === 'none');

  const { totals, actors, categories } = byPeriod(viewRows, frequency);
  const ownTotals = totalsByPeriod(ownRows, indicatorFrequency);
  const range = resolveRange(query, frequency, baseline, target, [...totals.keys()]);
  const periods = range ? enumeratePeriods(range.start, range.end, frequency, MAX_SERIES_POINTS) : [];
  // The final target is the last of the per-period targets, so a coarser view combines it with them.
  const finalTarget = plan.target && !targetRows.some((r) => r.period === plan.target!.period) ? [plan.target] : [];
  const targets = periodTargets([...targetRows, ...finalTarget], frequency, plan);

  const points = periods.map((period): SeriesPoint => {
    const total = totals.get(period);
    const periodCategories = categories.get(period);
    const point: SeriesPoint = {
      period,
      value: total ? total.value : null,
      byActor: (actors.get(period) ?? []).map((a) => ({
        actorId: a.actorId as string,
        value: a.value,
        ...(percentage ? { numerator: a.numerator ?? undefined, denominator: a.denominator ?? undefined } : {}),
        ...(options.categories ? { byCategory: categoryValues(periodCategories?.get(a.actorId as string), percentage) } : {}),
      })),
      ...(options.categories ? { byCategory: categoryValues(periodCategories?.get(''), percentage) } : {}),
      ...periodCompleteness(ctx, counted, period, today),
    };
    if (total && percentage) {
      point.numerator = total.numerator ?? undefined;
      point.denominator = total.denominator ?? undefined;
    }
    const periodTarget = targets.get(period) ?? (target && target.period === period ? target.value : undefined);
    if (periodTarget !== undefined) point.target = periodTarget;
    const trajectory = trajectoryOf(plan, period);
    if (trajectory !== undefined) point.trajectory = trajectory;
    return point;
  });

  const { latest, previous } = headline(ownTotals, ctx, counted, today, percentage);
  // The trend is fitted through complete periods only: a half-reported month is no downturn.
  const complete = points
    .filter((p): p is SeriesPoint & { value: number } => p.value !== null && p.complete)
    .map((p) => ({ period: p.period, value: p.value }));
  return {
    indicatorId: indicator.id,
    frequency,
    baseline,
    target,
    status: indicatorStatus(indicator.direction as Direction, latest, plan),
    latest,
    previous,
    trend: leastSquaresTrend(complete, target?.period ?? null, MAX_SERIES_POINTS),
    points,
  };
}

/** The series of one indicator of an initiative; NotFound when it is not the initiative's. */
export async function indicatorSeries(
  db: DbOrTx,
  initiativeId: string,
  indicatorId: string,
  query: SeriesQuery = {},
  options: Pick<SeriesOptions, 'now'> = {},
) {
  const { hasDimensions, ...indicator } = found(await findSeriesIndicator(db, initiativeId, indicatorId), 'Indicator');
  return seriesForIndicator(db, indicator, query, { ...options, categories: hasDimensions });
}
