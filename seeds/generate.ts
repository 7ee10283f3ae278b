// Synthetic large initiatives for benchmarks: many actors, many indicators, years of values.
// Rows are built one chunk at a time, so memory stays flat however large the data set is.
import { randomUUID } from 'node:crypto';
import { SECTORS, enumeratePeriods, periodOfDate, periodStart, type Frequency, type MeasureType } from '@ci/shared';
import type { DbOrTx } from '../server/src/db/client.js';
import { actors, goals, indicators, initiatives, measurements } from '../server/src/db/schema/index.js';
import { currentPeriod, monthsFromToday } from './calendar.js';
import { INSERT_CHUNK, insertInChunks } from './load.js';
import { createRandom } from './random.js';

export interface GenerateOptions {
  actors: number;
  indicators: number;
  /** Years of history up to the current month. */
  years: number;
  name?: string;
  seed?: number;
}

export interface GeneratedInitiative {
  initiativeId: string;
  actorIds: string[];
  indicators: { id: string; frequency: Frequency; measureType: MeasureType }[];
  /** Rows written per table. */
  rows: { initiatives: number; goals: number; actors: number; indicators: number; measurements: number };
}

const GOALS = 5;

/** Mostly monthly numbers, with quarterly, percentage, stock and population-level indicators mixed in. */
function indicatorShape(i: number) {
  const frequency: Frequency = i % 5 === 4 ? 'quarter' : 'month';
  const measureType: MeasureType = i % 3 === 2 ? 'percentage' : 'number';
  const timeAggregation = i % 4 === 1 ? 'last' : 'sum';
  const actorAggregation = i % 17 === 16 ? 'none' : 'sum';
  return { frequency, measureType, timeAggregation, actorAggregation } as const;
}

export async function generateInitiative(db: DbOrTx, opts: GenerateOptions): Promise<GeneratedInitiative> {
  const random = createRandom(opts.seed ?? 42);
  const initiativeId = randomUUID();
  const from = monthsFromToday(-(opts.years * 12) + 1, 1);
  await db.insert(initiatives).values({ id: initiativeId, name: opts.name ?? `Synthetic ${opts.actors}×${opts.indicators}×${opts.years}y`, locale: 'en' });

  const goalIds = Array.from({ length: GOALS }, () => randomUUID());
  await db.insert(goals).values(goalIds.map((id, position) => ({ id, initiativeId, title: `Goal ${position + 1}`, position })));

  const actorIds = Array.from({ length: opts.actors }, () => randomUUID());
  await insertInChunks(
    actorIds.map((id, i) => ({
      id,
      initiativeId,
      name: `Actor ${String(i + 1).padStart(3, '0')}`,
      sector: SECTORS[i % SECTORS.length],
      role: i === 0 ? 'backbone' : 'partner',
      joinedOn: from,
      competences: [`Competence ${i % 7}`],
      needs: [`Need ${i % 5}`],
    })),
    (chunk) => db.insert(actors).values(chunk),
  );

  const indicatorRows = Array.from({ length: opts.indicators }, (_, i) => {
    const shape = indicatorShape(i);
    const periods = enumeratePeriods(periodOfDate(from, shape.frequency), currentPeriod(shape.frequency));
    const percentage = shape.measureType === 'percentage';
    return {
      id: randomUUID(),
      initiativeId,
      goalId: goalIds[i % GOALS],
      code: `I${String(i + 1).padStart(3, '0')}`,
      name: `Indicator ${i + 1}`,
      unit: percentage ? '%' : 'count',
      ...shape,
      baselineValue: percentage ? 50 : 100,
      baselinePeriod: periods[0],
      targetValue: percentage ? 70 : 160,
      targetPeriod: periods[periods.length - 1],
      position: i,
    };
  });
  await insertInChunks(indicatorRows, (chunk) => db.insert(indicators).values(chunk));

  let measurementCount = 0;
  const chunk: (typeof measurements.$inferInsert)[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    await db.insert(measurements).values(chunk);
    measurementCount += chunk.length;
    chunk.length = 0;
  };
  for (const ind of indicatorRows) {
    const periods = enumeratePeriods(periodOfDate(from, ind.frequency), currentPeriod(ind.frequency));
    const reporters = ind.actorAggregation === 'none' ? [null] : actorIds;
    for (const actorId of reporters) {
      const scale = random.between(0.5, 1.5);
      for (const [t, period] of periods.entries()) {
        const growth = 1 + (0.4 * t) / periods.length;
        const value = ind.measureType === 'number' ? Math.round(10 * scale * growth * random.between(0.9, 1.1)) : null;
        const denominator = ind.measureType === 'percentage' ? Math.round(100 * scale) : null;
        const numerator = denominator === null ? null : Math.min(denominator, Math.round(denominator * 0.5 * growth * random.between(0.9, 1.1)));
        chunk.push({
          initiativeId,
          indicatorId: ind.id,
          actorId,
          period,
          periodStart: periodStart(period),
          value,
          numerator,
          denominator,
          status: 'approved',
        });
        if (chunk.length >= INSERT_CHUNK) await flush();
      }
    }
  }
  await flush();

  return {
    initiativeId,
    actorIds,
    indicators: indicatorRows.map((i) => ({ id: i.id, frequency: i.frequency, measureType: i.measureType })),
    rows: { initiatives: 1, goals: GOALS, actors: actorIds.length, indicators: indicatorRows.length, measurements: measurementCount },
  };
}
