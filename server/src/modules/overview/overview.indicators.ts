// Every indicator's headline, status and sparkline for the overview (and the meeting mode built on
// it) in a few set-based statements: only the periods a sparkline shows are aggregated, by the
// series' own rule, and each figure is what seriesForIndicator gives.
import {
  addPeriods,
  comparePeriods,
  enumeratePeriods,
  periodOfDate,
  periodStart,
  type Direction,
  type Frequency,
  type MeasureType,
  type OverviewIndicator,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { countedSets } from '../reporting/reporting.repository.js';
import { periodCompleteness, today as todayOf, type CountedSet, type ReportingContext } from '../reporting/reporting.expected.js';
import { aggregateIndicators, type AggregateRow, type DateBounds, type IndicatorRow } from '../series/series.repository.js';
import { byPeriod, headline, resolveRange, type Headline } from '../series/series.service.js';
import { countedFrom, headlineWithin, ownTotals, rowsByIndicator, withinYears } from '../series/series.many.js';
import { dataExtents } from '../series/series.sets.js';
import { planOf } from '../series/series.plan.js';
import { indicatorStatus } from '../series/series.status.js';

/** Periods in an overview sparkline. */
export const SPARKLINE_LENGTH = 8;

interface Plan {
  indicator: IndicatorRow;
  frequency: Frequency;
  /** First and last period with data; null without data. */
  first: string | null;
  last: string | null;
  /** The sparkline's periods (the series' points from its start, up to the newest data); empty without data in range. */
  periods: string[];
  /** The first period aggregated; null: the whole history. */
  lowest: string | null;
}

function planFor(indicator: IndicatorRow, extent: { first: string; last: string } | undefined): Plan {
  const frequency = indicator.frequency as Frequency;
  const first = extent ? periodOfDate(extent.first, frequency) : null;
  const last = extent ? periodOfDate(extent.last, frequency) : null;
  const plan = planOf(indicator);
  const range = resolveRange({}, frequency, plan.baseline, plan.target, first && last ? [first, last] : []);
  // The series' points run from range.start to range.end, which is never before the last data.
  const newest = range && last && comparePeriods(last, range.start) >= 0 ? last : null;
  const sparkStart = newest && withinYears(() => addPeriods(newest, -(SPARKLINE_LENGTH - 1)));
  const periods = newest ? enumeratePeriods(sparkStart && comparePeriods(sparkStart, range!.start) > 0 ? sparkStart : range!.start, newest) : [];
  return { indicator, frequency, first, last, periods, lowest: last ? withinYears(() => addPeriods(last, -(SPARKLINE_LENGTH - 1))) : null };
}

function summary(
  p: Plan,
  totals: ReadonlyMap<string, AggregateRow>,
  found: Headline,
  ctx: ReportingContext,
  counted: CountedSet,
  today: string,
): OverviewIndicator {
  const { indicator } = p;
  const plan = planOf(indicator);
  // The sparkline ends at the newest data, preliminary or not; the headline is the latest complete period.
  const sparkline = p.periods.map((period) => {
    const { state, complete, reported, expected } = periodCompleteness(ctx, counted, period, today);
    return { period, value: totals.get(period)?.value ?? null, state, complete, reported, expected };
  });
  const newest = sparkline.at(-1);
  const preliminary =
    newest && !newest.complete && (!found.latest || comparePeriods(newest.period, found.latest.period) > 0)
      ? { period: newest.period, value: newest.value!, reported: newest.reported ?? 0, expected: newest.expected ?? 0 }
      : null;
  return {
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    decimals: indicator.decimals,
    measureType: indicator.measureType as MeasureType,
    direction: indicator.direction as Direction,
    frequency: p.frequency,
    latest: found.latest,
    previous: found.previous,
    preliminary,
    target: plan.target,
    status: indicatorStatus(indicator.direction as Direction, found.latest, plan),
    sparkline,
  };
}

/**
 * The overview figures of the given indicators of one initiative: the last periods up to each
 * indicator's newest data are aggregated in one statement; the few indicators whose headline lies
 * further back get their whole history in one more.
 */
export async function overviewIndicators(
  db: DbOrTx,
  initiativeId: string,
  indicators: readonly IndicatorRow[],
  contexts: ReadonlyMap<string, ReportingContext>,
  now: Date,
): Promise<Map<string, OverviewIndicator>> {
  const out = new Map<string, OverviewIndicator>();
  if (indicators.length === 0) return out;
  const today = todayOf(now);
  const ids = indicators.map((i) => i.id);
  // One after the other: the handle may be a transaction, whose single connection runs one query at a time.
  const { extents, plain } = await dataExtents(db, initiativeId, ids);
  const plans = indicators.map((i) => planFor(i, extents.get(i.id)));
  const withData = plans.filter((p) => p.last !== null);
  const windows = new Map<string, DateBounds>(withData.map((p) => [p.indicator.id, { fromDate: p.lowest && periodStart(p.lowest), toDate: null }]));
  // Prepared: the overview of an initiative asks the same statements again after every write.
  const rows = rowsByIndicator(
    await aggregateIndicators(db, withData.map((p) => p.indicator), { frequency: 'own', bounds: windows, totalsOnly: true, plain, prepared: true }),
  );
  const counted = await countedSets(
    db,
    initiativeId,
    ids,
    new Map(plans.map((p) => [p.indicator.id, { fromDate: countedFrom(contexts.get(p.indicator.id)!, p.frequency, today), toDate: null }])),
    true,
  );

  const further: Plan[] = [];
  for (const p of plans) {
    const id = p.indicator.id;
    const totals = byPeriod(rows.get(id) ?? [], p.frequency).totals;
    const percentage = p.indicator.measureType === 'percentage';
    const dataBefore = p.first !== null && p.lowest !== null && comparePeriods(p.first, p.lowest) < 0;
    const found = headlineWithin(totals, { lowest: p.lowest, dataBefore }, contexts.get(id)!, counted.get(id)!, today, percentage);
    if (found) out.set(id, summary(p, totals, found, contexts.get(id)!, counted.get(id)!, today));
    else further.push(p);
  }
  if (further.length > 0) {
    const whole = await ownTotals(db, further.map((p) => p.indicator), new Map(), plain);
    for (const p of further) {
      const id = p.indicator.id;
      const totals = byPeriod(whole.get(id) ?? [], p.frequency).totals;
      const found = headline(totals, contexts.get(id)!, counted.get(id)!, today, p.indicator.measureType === 'percentage');
      out.set(id, summary(p, totals, found, contexts.get(id)!, counted.get(id)!, today));
    }
  }
  return out;
}
