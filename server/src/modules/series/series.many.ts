// The series of many indicators in a few set-based statements (reports, the public page): the same
// aggregation, headline rule and assembly as seriesForIndicator, loaded for all indicators at once.
import {
  comparePeriods,
  periodOfDate,
  type Frequency,
  type SeriesQuery,
  type SeriesResponse,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { countedSets, reportingContexts } from '../reporting/reporting.repository.js';
import { today as todayOf, type CountedSet, type ReportingContext } from '../reporting/reporting.expected.js';
import {
  aggregateGrains,
  aggregateIndicators,
  type AggregateRow,
  type CountedCell,
  type DateBounds,
  type IndicatorAggregateRow,
  type IndicatorRow,
} from './series.repository.js';
import { assembleSeries, byPeriod, countedSetOf, headline, seriesBounds, type Headline } from './series.service.js';
import { indicatorsWithoutDimensions, listTargetsOf } from './series.sets.js';
import { countedFrom, withinYears } from './series.window.js';

// Kept here too for the callers that import them with the many-series reads.
export { countedFrom, withinYears };

/**
 * The headline from the totals of a window that starts at `lowest` (a period of the indicator's
 * frequency; null: the whole history), or null when the window cannot tell: no complete period with
 * data in it, or only its first one (whose previous period lies outside), while older data may exist.
 */
export function headlineWithin(
  totals: ReadonlyMap<string, AggregateRow>,
  window: { lowest: string | null; dataBefore: boolean },
  ctx: ReportingContext,
  counted: CountedSet,
  today: string,
  percentage: boolean,
): Headline | null {
  const found = headline(totals, ctx, counted, today, percentage);
  if (window.lowest === null || !window.dataBefore) return found;
  return found.latest && comparePeriods(found.latest.period, window.lowest) > 0 ? found : null;
}

/** Rows by indicator id. */
export function rowsByIndicator(rows: readonly IndicatorAggregateRow[]): Map<string, AggregateRow[]> {
  const out = new Map<string, AggregateRow[]>();
  for (const { indicatorId, ...row } of rows) {
    const list = out.get(indicatorId);
    if (list) list.push(row);
    else out.set(indicatorId, [row]);
  }
  return out;
}

/** The totals of whole histories (up to optional end dates) in the indicators' own frequency. */
export async function ownTotals(
  db: DbOrTx,
  indicators: readonly IndicatorRow[],
  toDates: ReadonlyMap<string, string | null>,
  plain: ReadonlySet<string>,
) {
  const bounds = new Map(indicators.map((i) => [i.id, { fromDate: null, toDate: toDates.get(i.id) ?? null }]));
  return rowsByIndicator(await aggregateIndicators(db, indicators, { frequency: 'own', bounds, totalsOnly: true, plain }));
}

export interface ManySeriesOptions {
  now?: Date;
  /** The indicators' reporting contexts when the caller has loaded them. */
  contexts?: ReadonlyMap<string, ReportingContext>;
}

/**
 * The series of many indicators of one initiative, in the order given, each equal to
 * seriesForIndicator's except that points carry no per-actor figures (byActor is empty).
 */
export async function seriesForIndicators(
  db: DbOrTx,
  initiativeId: string,
  indicators: readonly IndicatorRow[],
  query: SeriesQuery = {},
  options: ManySeriesOptions = {},
): Promise<SeriesResponse[]> {
  if (indicators.length === 0) return [];
  const today = todayOf(options.now);
  const bounds = new Map(indicators.map((i) => [i.id, seriesBounds(i, query)]));
  const ids = indicators.map((i) => i.id);
  // One after the other: the handle may be a transaction, whose single connection runs one query at a time.
  const contexts = options.contexts ?? (await reportingContexts(db, initiativeId, indicators));
  const plain = await indicatorsWithoutDimensions(db, ids);
  const countedBounds = new Map<string, DateBounds>(
    indicators.map((i) => [i.id, { fromDate: countedFrom(contexts.get(i.id)!, bounds.get(i.id)!.frequency, today), toDate: bounds.get(i.id)!.toDate }]),
  );
  const aggregate = { frequency: query.frequency ?? 'own', bounds, totalsOnly: true, plain } as const;
  let rows: Map<string, AggregateRow[]>;
  let counted: Map<string, CountedSet>;
  // A series coarser than its indicator takes its headline from the indicator's own periods: both
  // grains, and the counted values, from one statement. So does a series of whole histories (a
  // report without a start), whose own grain is its rows: the values are read once, not twice.
  let own: Map<string, AggregateRow[]> | null = null;
  const coarser = indicators.some((i) => bounds.get(i.id)!.frequency !== i.frequency);
  const whole = indicators.every((i) => bounds.get(i.id)!.fromDate === null);
  if (coarser || whole) {
    const grains = await aggregateGrains(db, indicators, { ...aggregate, countedFrom: new Map([...countedBounds].map(([id, b]) => [id, b.fromDate])) });
    rows = rowsByIndicator(grains.rows);
    own = rowsByIndicator(grains.own);
    const cells = new Map(indicators.map((i) => [i.id, [] as CountedCell[]]));
    for (const c of grains.counted) cells.get(c.indicatorId)!.push(c);
    counted = new Map(indicators.map((i) => [i.id, countedSetOf(cells.get(i.id)!, i.frequency as Frequency)]));
  } else {
    rows = rowsByIndicator(await aggregateIndicators(db, indicators, aggregate));
    counted = await countedSets(db, initiativeId, ids, countedBounds);
  }
  const targets = await listTargetsOf(db, ids);

  // The headline lies in the series' own rows unless the range starts after it (or the series is coarser).
  const headlines = new Map<string, Headline>();
  const wider: IndicatorRow[] = [];
  for (const indicator of indicators) {
    const { frequency, fromDate } = bounds.get(indicator.id)!;
    const ctx = contexts.get(indicator.id)!;
    const percentage = indicator.measureType === 'percentage';
    const found = own
      ? headline(byPeriod(own.get(indicator.id) ?? [], indicator.frequency as Frequency).totals, ctx, counted.get(indicator.id)!, today, percentage)
      : headlineWithin(
          byPeriod(rows.get(indicator.id) ?? [], frequency).totals,
          { lowest: fromDate === null ? null : periodOfDate(fromDate, frequency), dataBefore: true },
          ctx,
          counted.get(indicator.id)!,
          today,
          percentage,
        );
    if (found) headlines.set(indicator.id, found);
    else wider.push(indicator);
  }
  if (wider.length > 0) {
    const whole = await ownTotals(db, wider, new Map(wider.map((i) => [i.id, bounds.get(i.id)!.toDate])), plain);
    for (const indicator of wider) {
      const totals = byPeriod(whole.get(indicator.id) ?? [], indicator.frequency as Frequency).totals;
      headlines.set(
        indicator.id,
        headline(totals, contexts.get(indicator.id)!, counted.get(indicator.id)!, today, indicator.measureType === 'percentage'),
      );
    }
  }

  return indicators.map((indicator) =>
    assembleSeries(indicator, query, { now: options.now }, {
      rows: rows.get(indicator.id) ?? [],
      headline: headlines.get(indicator.id)!,
      targetRows: targets.get(indicator.id)!,
      ctx: contexts.get(indicator.id)!,
      counted: counted.get(indicator.id)!,
    }),
  );
}
