import { and, eq, gte, lte, ne, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { frequencyOf, isCoarserOrEqual, periodEnd, periodStart, type Frequency, type Narrative, type narrativeListQuery } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { indicators, narratives, users } from '../../db/schema/index.js';
import { Conflict, Unprocessable, ValidationError } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';

type ListFilter = z.output<typeof narrativeListQuery>;

const columns = {
  id: narratives.id,
  indicatorId: narratives.indicatorId,
  period: narratives.period,
  whatHappened: narratives.whatHappened,
  why: narratives.why,
  nextSteps: narratives.nextSteps,
  authorId: narratives.authorId,
  authorName: users.name,
  createdAt: narratives.createdAt,
  updatedAt: narratives.updatedAt,
};

function query(db: DbOrTx) {
  return db.select(columns).from(narratives).leftJoin(users, eq(users.id, narratives.authorId));
}

/** One page of the narratives, latest period first. */
export async function listNarratives(db: DbOrTx, initiativeId: string, filter: ListFilter) {
  const conditions: SQL[] = [eq(narratives.initiativeId, initiativeId)];
  if (filter.indicatorId) conditions.push(eq(narratives.indicatorId, filter.indicatorId));
  if (filter.period) conditions.push(eq(narratives.period, filter.period));
  if (filter.from) conditions.push(gte(narratives.periodStart, periodStart(filter.from)));
  if (filter.to) conditions.push(lte(narratives.periodStart, periodEnd(filter.to)));
  const ks = keyset([{ key: narratives.periodStart, desc: true }, { key: narratives.createdAt }, { key: narratives.id }], filter);
  const rows = await db
    .select({ ...columns, pageKey: ks.pageKey })
    .from(narratives)
    .leftJoin(users, eq(users.id, narratives.authorId))
    .where(and(...conditions, ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows: items, nextCursor } = page(rows, filter);
  return { items: items as Narrative[], nextCursor };
}

export async function getNarrative(db: DbOrTx, initiativeId: string, id: string): Promise<Narrative | undefined> {
  const [row] = await query(db).where(and(eq(narratives.initiativeId, initiativeId), eq(narratives.id, id)));
  return row;
}

/** The indicator a narrative is about: it must be one of the initiative's (422 otherwise). */
export async function indicatorFrequency(db: DbOrTx, initiativeId: string, indicatorId: string): Promise<Frequency> {
  const [row] = await db
    .select({ frequency: indicators.frequency })
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, indicatorId)));
  if (!row) {
    throw new Unprocessable('The indicator is not an indicator of this initiative', [
      { field: 'body.indicatorId', message: 'Not an indicator of this initiative' },
    ]);
  }
  return row.frequency as Frequency;
}

/**
 * A story may cover one reporting period or a longer one (a year of a quarterly indicator),
 * never part of a period, for which there are no figures; and there is one story per period.
 */
export async function assertPeriodFree(
  db: DbOrTx,
  params: { initiativeId: string; indicatorId: string; frequency: Frequency; period: string; exceptId?: string },
) {
  if (!isCoarserOrEqual(frequencyOf(params.period), params.frequency)) {
    throw new ValidationError(`The period must be of the indicator's frequency (${params.frequency}) or coarser`, [
      { field: 'body.period', message: `Must be a ${params.frequency} period or a coarser one` },
    ]);
  }
  const conditions = [
    eq(narratives.initiativeId, params.initiativeId),
    eq(narratives.indicatorId, params.indicatorId),
    eq(narratives.period, params.period),
  ];
  if (params.exceptId) conditions.push(ne(narratives.id, params.exceptId));
  const [clash] = await db.select({ id: narratives.id }).from(narratives).where(and(...conditions));
  if (clash) {
    throw new Conflict(`This indicator already has a narrative for ${params.period}; update that one instead`, [
      { field: 'body.period', narrativeId: clash.id },
    ]);
  }
}
