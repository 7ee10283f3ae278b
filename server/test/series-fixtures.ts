// Rows for shared-measurement tests, written straight to the database (the CRUD routes are tested elsewhere).
import { randomUUID } from 'node:crypto';
import { periodStart, type MeasurementStatus } from '@ci/shared';
import {
  actors,
  disaggregationCategories,
  disaggregationDimensions,
  indicators,
  indicatorTargets,
  measurements,
} from '../src/db/schema/index.js';
import type { Fixture } from './helpers.js';

/**
 * These rows bypass the app's write path, which tells the app at once that the initiative's data
 * changed; here the app would only learn it from the database's notification a moment later, so
 * the next read could still get a cached answer. Told now, as the write path would.
 */
function written(f: Fixture) {
  f.app.dataVersions.forget(f.initiativeId);
}

export type IndicatorSpec = Partial<typeof indicators.$inferInsert>;

export async function addIndicator(f: Fixture, spec: IndicatorSpec = {}): Promise<string> {
  const [row] = await f.db
    .insert(indicators)
    .values({ code: `I-${randomUUID().slice(0, 8)}`, name: 'Indicator', ...spec, initiativeId: f.initiativeId })
    .returning({ id: indicators.id });
  written(f);
  return row.id;
}

export async function addActor(
  f: Fixture,
  name: string,
  dates: { joinedOn?: string | null; leftOn?: string | null } = {},
): Promise<string> {
  const [row] = await f.db
    .insert(actors)
    .values({ initiativeId: f.initiativeId, name, sector: 'other', ...dates })
    .returning({ id: actors.id });
  written(f);
  return row.id;
}

/** A number, or a percentage as [numerator, denominator]. */
export type Value = number | readonly [number, number];

export interface MeasurementSpec {
  actorId: string | null;
  period: string;
  value: Value;
  status?: MeasurementStatus;
  categoryId?: string | null;
}

export async function addMeasurements(f: Fixture, indicatorId: string, rows: readonly MeasurementSpec[]) {
  await insertMeasurements(f, indicatorId, rows);
  written(f);
}

/** The rows alone, as another instance or a command would write them: the app learns of them by notification. */
export async function insertMeasurements(f: Fixture, indicatorId: string, rows: readonly MeasurementSpec[]) {
  if (rows.length === 0) return;
  await f.db.insert(measurements).values(
    rows.map((r) => ({
      initiativeId: f.initiativeId,
      indicatorId,
      actorId: r.actorId,
      period: r.period,
      periodStart: periodStart(r.period),
      categoryId: r.categoryId ?? null,
      status: r.status ?? 'submitted',
      ...(typeof r.value === 'number'
        ? { value: r.value }
        : { numerator: (r.value as readonly [number, number])[0], denominator: (r.value as readonly [number, number])[1] }),
    })),
  );
}

export async function addTargets(f: Fixture, indicatorId: string, targets: Record<string, number>) {
  await f.db.insert(indicatorTargets).values(Object.entries(targets).map(([period, value]) => ({ indicatorId, period, value })));
  written(f);
}

/** A dimension with its categories; returns the category ids by name. */
export async function addDimension(f: Fixture, indicatorId: string, name: string, position: number, categories: string[]) {
  const [dimension] = await f.db
    .insert(disaggregationDimensions)
    .values({ indicatorId, name, position })
    .returning({ id: disaggregationDimensions.id });
  const rows = await f.db
    .insert(disaggregationCategories)
    .values(categories.map((c, i) => ({ dimensionId: dimension.id, name: c, position: i })))
    .returning({ id: disaggregationCategories.id, name: disaggregationCategories.name });
  written(f);
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

export async function getSeries(f: Fixture, indicatorId: string, query: Record<string, string> = {}, role: Parameters<Fixture['auth']>[0] = 'partner') {
  const qs = new URLSearchParams(query).toString();
  return f.app.inject({
    method: 'GET',
    url: f.url(`/indicators/${indicatorId}/series${qs ? `?${qs}` : ''}`),
    headers: f.auth(role),
  });
}
