// A value's history, as the caller may see it: the audit entries of one measurement or of one cell
// (every measurement that ever stood in it, so a deleted and re-entered value tells its whole story).
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CellHistoryQuery, MeasurementStatus, ValueHistoryEntry, ValueSnapshot } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { auditLog, indicators, initiatives, measurements, users } from '../../db/schema/index.js';
import { NotFound } from '../../lib/errors.js';
import { visibleMeasurements, type VisibilityAccess } from './measurements.visibility.js';

const columns = { entry: auditLog, userName: users.name };
type Row = { entry: typeof auditLog.$inferSelect; userName: string | null };

function text(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The audit log keeps JSON; entries written before a field existed simply lack it. */
function toSnapshot(raw: unknown): ValueSnapshot | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  return {
    indicatorId: text(r.indicatorId) ?? '',
    actorId: text(r.actorId),
    period: text(r.period) ?? '',
    categoryId: text(r.categoryId),
    value: num(r.value),
    numerator: num(r.numerator),
    denominator: num(r.denominator),
    note: text(r.note) ?? '',
    status: (text(r.status) ?? 'submitted') as MeasurementStatus,
    returnReason: text(r.returnReason),
    version: num(r.version),
  };
}

function toEntry({ entry: e, userName }: Row): ValueHistoryEntry {
  return {
    id: e.id,
    userId: e.userId,
    userName,
    action: e.action as ValueHistoryEntry['action'],
    entityType: 'measurement',
    entityId: e.entityId,
    before: toSnapshot(e.before),
    after: toSnapshot(e.after),
    reason: e.reason,
    at: e.at,
  };
}

const newestFirst = (a: ValueHistoryEntry, b: ValueHistoryEntry) => b.at.getTime() - a.at.getTime() || b.id - a.id;

/** As in charts: approved, or submitted when the initiative does not ask for approval. */
function counts(s: ValueSnapshot | null, requiresApproval: boolean): s is ValueSnapshot {
  return !!s && (s.status === 'approved' || (s.status === 'submitted' && !requiresApproval));
}

/**
 * Another organisation's value as a partner may follow it: only the states that counted (and a
 * deletion of one), each change shown from the previous state that counted. Drafts, returns, their
 * reasons and notes never appear; nor does the reason of a change made from a state that did not count.
 */
export function countedOnly(entries: ValueHistoryEntry[], requiresApproval: boolean): ValueHistoryEntry[] {
  const out: ValueHistoryEntry[] = [];
  let shown: ValueSnapshot | null = null;
  for (const e of [...entries].sort(newestFirst).reverse()) {
    if (e.action === 'delete') {
      if (shown) out.push({ ...e, before: shown, after: null });
      shown = null;
    } else if (counts(e.after, requiresApproval)) {
      const fromCounted = e.before === null || counts(e.before, requiresApproval);
      const after = { ...e.after, returnReason: null };
      out.push({ ...e, before: shown, after, reason: fromCounted ? e.reason : null });
      shown = after;
    }
  }
  return out.reverse();
}

const SEE_ALL = ['admin', 'backbone', 'steering'];

/** Groups entries by measurement and keeps, of each, what the caller may see. */
async function visibleParts(db: DbOrTx, access: VisibilityAccess, entries: ValueHistoryEntry[], ids: string[]) {
  if (SEE_ALL.includes(access.role)) return { entries, hidden: new Set<string>() };
  const [settings] = await db
    .select({ requiresApproval: initiatives.requiresApproval })
    .from(initiatives)
    .where(eq(initiatives.id, access.initiativeId));
  const stored = ids.length
    ? await db
        .select({ id: measurements.id, actorId: measurements.actorId, visible: sql<boolean>`${visibleMeasurements(access) ?? sql`true`}` })
        .from(measurements)
        .where(and(eq(measurements.initiativeId, access.initiativeId), inArray(measurements.id, ids)))
    : [];
  const current = new Map(stored.map((r) => [r.id, r]));
  const hidden = new Set<string>();
  const out: ValueHistoryEntry[] = [];
  for (const id of ids) {
    const own = entries.filter((e) => e.entityId === id);
    const row = current.get(id);
    const last = own[0]?.after ?? own[0]?.before;
    const actorId = row ? row.actorId : (last?.actorId ?? null);
    if (actorId !== null && access.actorIds.includes(actorId)) {
      out.push(...own);
    } else if (row && !row.visible) {
      // A value the partner cannot see now has no history for it either.
      hidden.add(id);
    } else {
      const counted = countedOnly(own, settings?.requiresApproval ?? false);
      if (counted.length === 0 && !row) hidden.add(id);
      out.push(...counted);
    }
  }
  return { entries: out.sort(newestFirst), hidden };
}

/**
 * The entries of one value, newest first; undefined when the caller may not see it. A deleted
 * value keeps its history.
 */
export async function measurementHistory(db: DbOrTx, access: VisibilityAccess, id: string): Promise<ValueHistoryEntry[] | undefined> {
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.initiativeId, access.initiativeId), eq(auditLog.entityType, 'measurement'), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
  const [stored] = await db
    .select({ id: measurements.id })
    .from(measurements)
    .where(and(eq(measurements.initiativeId, access.initiativeId), eq(measurements.id, id)));
  if (!stored && rows.length === 0) return undefined;
  const { entries, hidden } = await visibleParts(db, access, rows.map(toEntry), [id]);
  return hidden.has(id) ? undefined : entries;
}

/** Every entry of every measurement that stood in one cell, newest first, as the caller may see them. */
export async function cellHistory(db: DbOrTx, access: VisibilityAccess, q: CellHistoryQuery): Promise<ValueHistoryEntry[]> {
  const [indicator] = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.initiativeId, access.initiativeId), eq(indicators.id, q.indicatorId)));
  if (!indicator) throw new NotFound('Indicator');
  const actorId = q.actorId === 'none' || q.actorId === undefined ? null : q.actorId;
  const categoryId = q.categoryId ?? null;
  // Entries are found by what they recorded, not by today's rows: a deleted value has none.
  const state = sql`coalesce(${auditLog.after}, ${auditLog.before})`;
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(
      and(
        eq(auditLog.initiativeId, access.initiativeId),
        eq(auditLog.entityType, 'measurement'),
        sql`${state}->>'indicatorId' = ${q.indicatorId}`,
        sql`${state}->>'period' = ${q.period}`,
        sql`${state}->>'actorId' is not distinct from ${actorId}::text`,
        sql`${state}->>'categoryId' is not distinct from ${categoryId}::text`,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id));
  const entries = rows.map(toEntry);
  const { entries: visible } = await visibleParts(db, access, entries, [...new Set(entries.map((e) => e.entityId))]);
  return visible;
}
