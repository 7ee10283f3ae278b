// The caller's reporting to-do: returned values of its organisations, and the values they (or,
// for the backbone, the whole area) are expected to report that are due now or late. Who is
// expected is the one rule of the reporting module, so a new indicator or reporter never turns
// past periods into to-dos.
import { and, eq, gte, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { isoDay, periodDueDate, type Frequency, type Role, type TodoItem, type TodoResponse } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, indicators, measurements } from '../../db/schema/index.js';
import { countedKey, expectedReporters } from '../reporting/reporting.expected.js';
import { countedSets, currentReporting } from '../reporting/reporting.repository.js';
import { duePeriods, windowStart } from './todo.plan.js';

export interface TodoAccess {
  role: Role;
  /** The organisations the caller reports for. */
  actorIds: readonly string[];
}

/** Whose values the caller answers for: its organisations, and for the backbone the whole area (null). */
function reportersOf(access: TodoAccess): { actorIds: string[]; population: boolean } {
  if (access.role === 'steering') return { actorIds: [], population: false };
  return { actorIds: [...access.actorIds], population: access.role === 'admin' || access.role === 'backbone' };
}

/** Measurements of the caller's cells: its actors' values of actor-level indicators, population values for the backbone. */
function ownCells(reporters: { actorIds: string[]; population: boolean }): SQL | undefined {
  const perActor =
    reporters.actorIds.length > 0
      ? and(inArray(measurements.actorId, reporters.actorIds), ne(indicators.actorAggregation, 'none'))
      : undefined;
  const area = reporters.population ? and(isNull(measurements.actorId), eq(indicators.actorAggregation, 'none')) : undefined;
  return or(perActor, area);
}

interface CellFacts {
  draft: boolean;
  /** Submitted or approved: delivered, even if it waits for approval before it counts. */
  delivered: boolean;
  returned: boolean;
}

function factKey(indicatorId: string, actorId: string | null, period: string): string {
  return `${indicatorId}|${countedKey(period, actorId)}`;
}

async function cellFacts(db: DbOrTx, initiativeId: string, cells: SQL, from: string): Promise<Map<string, CellFacts>> {
  const rows = await db
    .select({
      indicatorId: measurements.indicatorId,
      actorId: measurements.actorId,
      period: measurements.period,
      draft: sql<boolean>`bool_or(${measurements.status} = 'draft')`,
      delivered: sql<boolean>`bool_or(${measurements.status} in ('submitted', 'approved'))`,
      returned: sql<boolean>`bool_or(${measurements.status} = 'returned')`,
    })
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .where(and(eq(measurements.initiativeId, initiativeId), gte(measurements.periodStart, from), cells))
    .groupBy(measurements.indicatorId, measurements.actorId, measurements.period);
  return new Map(rows.map((r) => [factKey(r.indicatorId, r.actorId, r.period), r]));
}

async function returnedValues(db: DbOrTx, initiativeId: string, cells: SQL) {
  return db
    .select({
      id: measurements.id,
      indicatorId: measurements.indicatorId,
      actorId: measurements.actorId,
      period: measurements.period,
      reason: measurements.returnReason,
      version: measurements.version,
    })
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .where(
      and(
        eq(measurements.initiativeId, initiativeId),
        eq(measurements.status, 'returned'),
        // The totals: the grid has one cell per indicator, reporter and period.
        isNull(measurements.categoryId),
        eq(indicators.archived, false),
        cells,
      ),
    );
}

const KIND_ORDER: Record<TodoItem['kind'], number> = { returned: 0, late: 1, missing: 2 };

export async function reportingTodo(db: DbOrTx, initiativeId: string, access: TodoAccess, now: Date = new Date()): Promise<TodoResponse> {
  const today = isoDay(now);
  const reporters = reportersOf(access);
  const cells = ownCells(reporters);
  if (!cells) return { today, items: [] };

  const { reportingDays, indicators: indicatorRows, contexts } = await currentReporting(db, initiativeId);
  const actorNames = new Map(
    (await db.select({ id: actors.id, name: actors.name }).from(actors).where(eq(actors.initiativeId, initiativeId))).map((a) => [a.id, a.name]),
  );
  const from = windowStart(today, reportingDays);
  const counted = await countedSets(
    db,
    initiativeId,
    indicatorRows.map((i) => i.id),
    { fromDate: from, toDate: today },
  );
  const facts = await cellFacts(db, initiativeId, cells, from);
  const returned = await returnedValues(db, initiativeId, cells);

  const byId = new Map(indicatorRows.map((i, index) => [i.id, { row: i, index }]));
  const about = (indicatorId: string, actorId: string | null, period: string) => {
    const { row } = byId.get(indicatorId)!;
    return {
      indicatorId,
      indicatorCode: row.code,
      indicatorName: row.name,
      frequency: row.frequency as Frequency,
      actorId,
      actorName: actorId === null ? null : (actorNames.get(actorId) ?? null),
      period,
      dueDate: periodDueDate(period, reportingDays),
    };
  };
  const mine = (actorId: string | null) => (actorId === null ? reporters.population : reporters.actorIds.includes(actorId));

  const items: TodoItem[] = returned
    .filter((m) => byId.has(m.indicatorId))
    .map((m) => ({ kind: 'returned', ...about(m.indicatorId, m.actorId, m.period), measurementId: m.id, reason: m.reason ?? '', version: m.version }));
  for (const indicator of indicatorRows) {
    const ctx = contexts.get(indicator.id)!;
    for (const due of duePeriods(ctx.frequency, today, reportingDays)) {
      for (const actorId of expectedReporters(ctx, due.period).filter(mine)) {
        if (counted.get(indicator.id)?.has(countedKey(due.period, actorId))) continue;
        const fact = facts.get(factKey(indicator.id, actorId, due.period));
        // Sent back (listed above) or delivered and waiting for approval: nothing more to do here.
        if (fact?.returned || fact?.delivered) continue;
        items.push({ kind: due.kind, ...about(indicator.id, actorId, due.period), hasDraft: fact?.draft ?? false });
      }
    }
  }
  const names = (i: TodoItem) => i.actorName ?? '';
  items.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      byId.get(a.indicatorId)!.index - byId.get(b.indicatorId)!.index ||
      names(a).localeCompare(names(b)),
  );
  return { today, items };
}
