// Synthetic large initiatives for benchmarks: many actors, many indicators, years of values.
// Rows are built one chunk at a time, so memory stays flat however large the data set is.
import { randomUUID } from 'node:crypto';
import { SECTORS, enumeratePeriods, periodOfDate, periodStart, type Frequency, type MeasureType } from '@ci/shared';
import type { DbOrTx } from '../server/src/db/client.js';
import { actors, goals, ideaGoals, ideas, ideaVotes, indicators, initiatives, measurements } from '../server/src/db/schema/index.js';
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
  rows: { initiatives: number; goals: number; actors: number; indicators: number; measurements: number; ideas: number; ideaVotes: number };
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

  const { ideaCount, voteCount } = await generateIdeas(db, initiativeId, actorIds, goalIds, random);

  return {
    initiativeId,
    actorIds,
    indicators: indicatorRows.map((i) => ({ id: i.id, frequency: i.frequency, measureType: i.measureType })),
    rows: { initiatives: 1, goals: GOALS, actors: actorIds.length, indicators: indicatorRows.length, measurements: measurementCount, ideas: ideaCount, ideaVotes: voteCount },
  };
}

/**
 * Two open or declined ideas per actor (at most 400), each with one goal and the support of up to
 * 15 other organisations: the ideas list and the overview's count read real numbers of rows.
 */
async function generateIdeas(db: DbOrTx, initiativeId: string, actorIds: string[], goalIds: string[], random: ReturnType<typeof createRandom>) {
  const statuses = ['proposed', 'proposed', 'under_discussion', 'declined'] as const;
  const rows = Array.from({ length: Math.min(400, actorIds.length * 2) }, (_, i) => {
    const status = statuses[i % statuses.length];
    return {
      id: randomUUID(),
      initiativeId,
      title: `Idea ${i + 1}`,
      actorId: actorIds[i % actorIds.length],
      status,
      decisionReason: status === 'declined' ? 'Not this year' : null,
      decidedAt: status === 'declined' ? new Date() : null,
    };
  });
  await insertInChunks(rows, (chunk) => db.insert(ideas).values(chunk));
  await insertInChunks(rows.map((r, i) => ({ ideaId: r.id, goalId: goalIds[i % goalIds.length] })), (chunk) => db.insert(ideaGoals).values(chunk));
  const votes = rows.flatMap((r) =>
    random
      .shuffle(actorIds.filter((a) => a !== r.actorId))
      .slice(0, random.int(0, 15))
      .map((actorId) => ({ ideaId: r.id, actorId })),
  );
  await insertInChunks(votes, (chunk) => db.insert(ideaVotes).values(chunk));
  return { ideaCount: rows.length, voteCount: votes.length };
}
