// What a meeting leaves behind: decisions and action items.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { ActionItem, ActionItemListItem, Decision, actionItemInput, actionItemListQuery, actionItemPatch } from '@ci/shared';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { actionItems, decisions, meetings } from '../../db/schema/index.js';
import { found } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';
import { assertInInitiative } from '../activities/initiative-references.js';
import { lockMeeting } from './meetings.repository.js';

type ActionItemValues = z.output<typeof actionItemInput>;
type ActionItemChanges = z.output<typeof actionItemPatch>;
type ActionItemListQuery = z.output<typeof actionItemListQuery>;
type ActionItemRow = typeof actionItems.$inferSelect;

function toDecision(row: typeof decisions.$inferSelect): Decision {
  return { id: row.id, position: row.position, text: row.text };
}

function toActionItem(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    title: row.title,
    ownerActorId: row.ownerActorId,
    dueDate: row.dueDate,
    done: row.done,
    doneAt: row.doneAt,
  };
}

async function renumber(tx: DbOrTx, rows: { id: string; position: number }[], order: string[]) {
  const current = new Map(rows.map((r) => [r.id, r.position]));
  for (const [i, decisionId] of order.entries()) {
    if (current.get(decisionId) !== i) await tx.update(decisions).set({ position: i }).where(eq(decisions.id, decisionId));
  }
}

/**
 * Puts a decision at a place in the meeting's list (the end when none is given) and numbers the
 * list 0..n-1, so positions always read as the order in which the decisions are shown.
 */
async function placeDecision(tx: DbOrTx, meetingId: string, id: string, position: number | undefined) {
  const rows = await tx
    .select({ id: decisions.id, position: decisions.position })
    .from(decisions)
    .where(eq(decisions.meetingId, meetingId))
    .orderBy(asc(decisions.position), asc(decisions.id));
  const others = rows.filter((r) => r.id !== id);
  const index = Math.min(position ?? others.length, others.length);
  const order = [...others.slice(0, index).map((r) => r.id), id, ...others.slice(index).map((r) => r.id)];
  await renumber(tx, rows, order);
  const [row] = await tx.select().from(decisions).where(eq(decisions.id, id));
  return toDecision(row);
}

export async function createDecision(tx: DbOrTx, initiativeId: string, meetingId: string, values: { text: string; position?: number }) {
  await lockMeeting(tx, initiativeId, meetingId);
  const [row] = await tx.insert(decisions).values({ meetingId, text: values.text, position: 2_147_483_647 }).returning();
  return placeDecision(tx, meetingId, row.id, values.position);
}

async function lockDecision(tx: DbOrTx, initiativeId: string, meetingId: string, id: string) {
  await lockMeeting(tx, initiativeId, meetingId);
  const [row] = await tx
    .select()
    .from(decisions)
    .where(and(eq(decisions.meetingId, meetingId), eq(decisions.id, id)))
    .for('update');
  return toDecision(found(row, 'Decision'));
}

export async function updateDecision(
  tx: DbOrTx,
  initiativeId: string,
  meetingId: string,
  id: string,
  changes: { text?: string; position?: number },
) {
  const before = await lockDecision(tx, initiativeId, meetingId, id);
  if (changes.text !== undefined) await tx.update(decisions).set({ text: changes.text }).where(eq(decisions.id, id));
  const after =
    changes.position === undefined
      ? toDecision(found((await tx.select().from(decisions).where(eq(decisions.id, id)))[0], 'Decision'))
      : await placeDecision(tx, meetingId, id, changes.position);
  return { before, after };
}

export async function deleteDecision(tx: DbOrTx, initiativeId: string, meetingId: string, id: string) {
  const before = await lockDecision(tx, initiativeId, meetingId, id);
  await tx.delete(decisions).where(eq(decisions.id, id));
  const rest = await tx
    .select({ id: decisions.id, position: decisions.position })
    .from(decisions)
    .where(eq(decisions.meetingId, meetingId))
    .orderBy(asc(decisions.position), asc(decisions.id));
  await renumber(tx, rest, rest.map((r) => r.id));
  return before;
}

export async function createActionItem(tx: DbOrTx, initiativeId: string, meetingId: string, values: ActionItemValues) {
  await lockMeeting(tx, initiativeId, meetingId);
  await assertInInitiative(tx, initiativeId, [{ kind: 'actor', id: values.ownerActorId, field: 'body.ownerActorId' }]);
  const [row] = await tx
    .insert(actionItems)
    .values({ ...values, meetingId, doneAt: values.done ? new Date() : null })
    .returning();
  return toActionItem(row);
}

/** The action item, locked; 404 unless it belongs to this meeting of this initiative. */
export async function lockActionItem(tx: DbOrTx, initiativeId: string, meetingId: string, id: string) {
  await lockMeeting(tx, initiativeId, meetingId);
  const [row] = await tx
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.meetingId, meetingId), eq(actionItems.id, id)))
    .for('update');
  return toActionItem(found(row, 'Action item'));
}

export async function updateActionItem(tx: DbOrTx, initiativeId: string, before: ActionItem, changes: ActionItemChanges) {
  await assertInInitiative(tx, initiativeId, [{ kind: 'actor', id: changes.ownerActorId, field: 'body.ownerActorId' }]);
  // doneAt records when it was first ticked; ticking it again keeps that time.
  const doneAt = changes.done === undefined || changes.done === before.done ? undefined : changes.done ? new Date() : null;
  // An empty patch changes nothing (the database refuses an UPDATE without columns).
  if (Object.values(changes).every((v) => v === undefined)) return before;
  const [row] = await tx
    .update(actionItems)
    .set({ ...changes, ...(doneAt === undefined ? {} : { doneAt }) })
    .where(eq(actionItems.id, before.id))
    .returning();
  return toActionItem(row);
}

export async function deleteActionItem(tx: DbOrTx, initiativeId: string, meetingId: string, id: string) {
  const before = await lockActionItem(tx, initiativeId, meetingId, id);
  await tx.delete(actionItems).where(eq(actionItems.id, id));
  return before;
}

/** Action items of every meeting of the initiative, soonest due first. */
export async function listActionItems(db: DbOrTx, initiativeId: string, query: ActionItemListQuery) {
  const conditions: SQL[] = [eq(meetings.initiativeId, initiativeId)];
  if (query.open !== undefined) conditions.push(eq(actionItems.done, !query.open));
  if (query.ownerActorId) conditions.push(eq(actionItems.ownerActorId, query.ownerActorId));
  const ks = keyset(
    [{ key: actionItems.dueDate, nullable: true }, { key: meetings.startsAt }, { key: actionItems.createdAt }, { key: actionItems.id }],
    query,
  );
  const found = await db
    .select({ item: actionItems, meetingTitle: meetings.title, meetingStartsAt: meetings.startsAt, pageKey: ks.pageKey })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(and(...conditions, ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows, nextCursor } = page(found, query);
  const items: ActionItemListItem[] = rows.map((r) => ({
    ...toActionItem(r.item),
    meetingId: r.item.meetingId,
    meetingTitle: r.meetingTitle,
    meetingStartsAt: r.meetingStartsAt,
  }));
  return { items, nextCursor };
}
