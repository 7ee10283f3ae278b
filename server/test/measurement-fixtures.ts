// Indicators for the measurement tests, inserted directly (the indicator routes are not needed here).
import { eq } from 'drizzle-orm';
import { createFixture, type Fixture } from './helpers.js';
import { disaggregationCategories, disaggregationDimensions, indicators, measurements } from '../src/db/schema/index.js';

export interface MeasurementFixture extends Fixture {
  /** Quarterly count per actor (sum). */
  count: string;
  /** Quarterly percentage per actor. */
  share: string;
  /** Yearly population-level value (actorAggregation none). */
  population: string;
  /** Monthly count per actor. */
  monthly: string;
  archived: string;
  /** Quarterly count with a gender dimension; categories[0..1] belong to it. */
  disaggregated: string;
  categories: [string, string];
}

export async function createMeasurementFixture(): Promise<MeasurementFixture> {
  const f = await createFixture('Measurements');
  const rows = await f.db
    .insert(indicators)
    .values([
      { initiativeId: f.initiativeId, code: 'C1', name: 'Young people in work', frequency: 'quarter', position: 1 },
      { initiativeId: f.initiativeId, code: 'P1', name: 'Share passing grade 9', frequency: 'quarter', measureType: 'percentage', position: 2 },
      { initiativeId: f.initiativeId, code: 'Y1', name: 'Unemployment in the district', frequency: 'year', actorAggregation: 'none', timeAggregation: 'last', decimals: 2, position: 3 },
      { initiativeId: f.initiativeId, code: 'M1', name: 'Visits to the youth centre', frequency: 'month', position: 4 },
      { initiativeId: f.initiativeId, code: 'X1', name: 'Old measure', frequency: 'quarter', archived: true, position: 5 },
      { initiativeId: f.initiativeId, code: 'D1', name: 'Participants by gender', frequency: 'quarter', position: 6 },
    ])
    .returning();
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const [dimension] = await f.db.insert(disaggregationDimensions).values({ indicatorId: byCode.get('D1')!, name: 'Gender' }).returning();
  const categories = await f.db
    .insert(disaggregationCategories)
    .values([
      { dimensionId: dimension.id, name: 'Girls', position: 1 },
      { dimensionId: dimension.id, name: 'Boys', position: 2 },
    ])
    .returning();
  return {
    ...f,
    count: byCode.get('C1')!,
    share: byCode.get('P1')!,
    population: byCode.get('Y1')!,
    monthly: byCode.get('M1')!,
    archived: byCode.get('X1')!,
    disaggregated: byCode.get('D1')!,
    categories: [categories[0].id, categories[1].id],
  };
}

/** The rows stored for an initiative, straight from the database. */
export async function storedMeasurements(f: Fixture) {
  return f.db.select().from(measurements).where(eq(measurements.initiativeId, f.initiativeId));
}

export async function putBatch(f: Fixture, role: Parameters<Fixture['auth']>[0], items: Record<string, unknown>[]) {
  return f.app.inject({ method: 'PUT', url: f.url('/measurements'), headers: f.auth(role), payload: { items } });
}
