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
import { aggregateGrains, listPeriodTargets, loadSeriesIndicator, type AggregateRow, type CountedCell, type IndicatorRow } from './series.repository.js';
import { countedFrom } from './series.window.js';
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
  /** The indicator's stored per-period targets when the caller has loaded them. */
  targets?: readonly PeriodValue[];
  /** The indicator is known to have no disaggregation (see AggregateManyOptions.plain). */
  plain?: boolean;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return comparePeriods(a, b) >= 0 ? a : b;
}

export interface Range {
  start: string;
  end: string;
}

/** The periods to show: explicit bounds, else baseline (or first data) to target (or last data). */
export function resolveRange(
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

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Aggregate rows keyed by period of the series frequency: the totals (in period order), each
 * actor's figure (in actor order), and the categories' figures (in category order), whatever the
 * order of the rows.
 */
export function byPeriod(rows: readonly AggregateRow[], frequency: Frequency) {
  const periodOf = new Map<string, string>();
  const totals = new Map<string, AggregateRow>();
  const actors = new Map<string, AggregateRow[]>();
  /** By period, then by actor id ('' for the aggregate across actors). */
  const categories = new Map<string, Map<string, AggregateRow[]>>();
  for (const row of rows) {
    let period = periodOf.get(row.bucket);
    if (period === undefined) periodOf.set(row.bucket, (period = periodOfDate(row.bucket, frequency)));
    if (row.categoryId !== null) {
      let perActor = categories.get(period);
      if (!perActor) categories.set(period, (perActor = new Map()));
      const key = row.kind === 'total' ? '' : (row.actorId ?? '');
      const list = perActor.get(key);
      if (list) list.push(row);
      else perActor.set(key, [row]);
    } else if (row.kind === 'total') totals.set(period, row);
    else {
      const list = actors.get(period);
      if (list) list.push(row);
      else actors.set(period, [row]);
    }
  }
  for (const list of actors.values()) list.sort((a, b) => byText(a.actorId ?? '', b.actorId ?? ''));
  for (const perActor of categories.values()) for (const list of perActor.values()) list.sort((a, b) => byText(a.categoryId!, b.categoryId!));
  const inOrder = new Map([...totals.entries()].sort((a, b) => comparePeriods(a[0], b[0])));
  return { totals: inOrder, actors, categories };
}

function categoryValues(rows: AggregateRow[] | undefined, percentage: boolean): SeriesCategoryValue[] {
  return (rows ?? []).map((c) => ({
    categoryId: c.categoryId!,
    value: c.value,
    ...(percentage ? { numerator: c.numerator ?? undefined, denominator: c.denominator ?? undefined } : {}),
  }));
}

export interface Headline {
  latest: HeadlineValue | null;
  previous: { period: string; value: number | null } | null;
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
export function headline(totals: ReadonlyMap<string, AggregateRow>, ctx: ReportingContext, counted: CountedSet, today: string, percentage: boolean): Headline {
  const periods = [...totals.keys()].sort(comparePeriods).reverse();
  const period = periods.find((p) => periodCompleteness(ctx, counted, p, today).complete);
  if (!period) return { latest: null, previous: null };
  const before = previousPeriod(period);
  return {
    latest: headlineOf(totals.get(period)!, period, percentage),
    previous: { period: before, value: totals.get(before)?.value ?? null },
  };
}

/** What a series is made of, once loaded (see seriesForIndicator and seriesForIndicators). */
export interface SeriesInputs {
  /** The aggregates in the series frequency within the query's bounds. */
  rows: AggregateRow[];
  /** The headline and the period before it (see headline). */
  headline: Headline;
  /** The stored per-period targets. */
  targetRows: readonly PeriodValue[];
  ctx: ReportingContext;
  /** The counted values of at least every period that is not closed yet. */
  counted: CountedSet;
}

/** The series frequency and the query's bounds as dates on the period start (null: open). */
export function seriesBounds(indicator: IndicatorRow, query: SeriesQuery) {
  const indicatorFrequency = indicator.frequency as Frequency;
  const frequency = query.frequency ?? indicatorFrequency;
  checkQuery(query, frequency, indicatorFrequency);
  return {
    frequency,
    fromDate: query.from ? periodStart(inFrequency(query.from, frequency, 'first')) : null,
    toDate: query.to ? periodEnd(inFrequency(query.to, frequency, 'last')) : null,
  };
}

/** The series of an indicator from its loaded inputs: the one place that turns aggregates into points, status and trend. */
export function assembleSeries(indicator: IndicatorRow, query: SeriesQuery, options: SeriesOptions, inputs: SeriesInputs): SeriesResponse {
  const { frequency } = seriesBounds(indicator, query);
  const today = todayOf(options.now);
  const percentage = indicator.measureType === 'percentage';
  const { ctx, counted, targetRows } = inputs;

  const plan = planOf(indicator);
  const baseline = convertedAnchor(plan, plan.baseline, frequency);
  const target = convertedAnchor(plan, plan.target, frequency);
  const { totals, actors, categories } = byPeriod(inputs.rows, frequency);
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

  const { latest, previous } = inputs.headline;
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

/** Counted cells as a counted set of the indicator's own periods. */
export function countedSetOf(cells: readonly CountedCell[], frequency: Frequency): CountedSet {
  return new Set(cells.map((c) => countedKey(periodOfDate(c.periodStart, frequency), c.actorId)));
}

/**
 * The series of an indicator that is already loaded: its aggregates in the series frequency, its
 * totals in its own frequency (the headline's) and the counted values of its unclosed periods,
 * all in one statement.
 */
export async function seriesForIndicator(
  db: DbOrTx,
  indicator: IndicatorRow,
  query: SeriesQuery = {},
  options: SeriesOptions = {},
): Promise<SeriesResponse> {
  const indicatorFrequency = indicator.frequency as Frequency;
  const { frequency, fromDate, toDate } = seriesBounds(indicator, query);
  const today = todayOf(options.now);

  // One after the other: the handle may be a transaction, whose single connection runs one query at a time.
  const ctx = options.reporting ?? (await reportingContexts(db, indicator.initiativeId, [indicator])).get(indicator.id)!;
  const targetRows = options.targets ?? (await listPeriodTargets(db, indicator.id));
  const grains = await aggregateGrains(db, [indicator], {
    frequency,
    bounds: { fromDate, toDate },
    categories: options.categories,
    plain: options.plain ? new Set([indicator.id]) : undefined,
    countedFrom: new Map([[indicator.id, countedFrom(ctx, frequency, today)]]),
  });
  const counted = countedSetOf(grains.counted, indicatorFrequency);
  const own = byPeriod(grains.own, indicatorFrequency);
  const percentage = indicator.measureType === 'percentage';
  return assembleSeries(indicator, query, options, {
    rows: grains.rows,
    headline: headline(own.totals, ctx, counted, today, percentage),
    targetRows,
    ctx,
    counted,
  });
}

/** The series of one indicator of an initiative; NotFound when it is not the initiative's. */
export async function indicatorSeries(
  db: DbOrTx,
  initiativeId: string,
  indicatorId: string,
  query: SeriesQuery = {},
  options: Pick<SeriesOptions, 'now'> = {},
) {
  const { indicator, hasDimensions, targets, reporting } = found(await loadSeriesIndicator(db, initiativeId, indicatorId), 'Indicator');
  return seriesForIndicator(db, indicator, query, { ...options, categories: hasDimensions, plain: !hasDimensions, targets, reporting });
}
