// Notifications made by a write, in the write's own transaction: values sent back, and action items
// given to an organisation. Nobody is notified of what they did themselves.
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actors, indicators, meetings, memberships } from '../../db/schema/index.js';
import { notify, usersOfActors, type NewNotification } from './notifications.repository.js';

export const entryLink = (initiativeId: string, period: string, indicatorId?: string) =>
  `/i/${initiativeId}/entry?period=${encodeURIComponent(period)}${indicatorId ? `&indicator=${indicatorId}` : ''}`;

export interface ReturnedValue {
  indicatorId: string;
  actorId: string | null;
  period: string;
  enteredBy: string | null;
}

async function names(db: DbOrTx, table: typeof actors | typeof indicators, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * One notification per user and review: the values of the user's organisations (and the ones the
 * user entered, while still a member) that were sent back, with the reason.
 */
export async function notifyValuesReturned(tx: DbOrTx, initiativeId: string, actingUserId: string, values: ReturnedValue[], reason: string) {
  // A total and its categories are one figure: one line per cell.
  const cells = [...new Map(values.map((v) => [`${v.indicatorId}|${v.actorId ?? ''}|${v.period}`, v])).values()];
  if (cells.length === 0) return;
  const actorIds = [...new Set(cells.flatMap((c) => (c.actorId ? [c.actorId] : [])))];
  const linked = await usersOfActors(tx, initiativeId, actorIds);
  const enterers = [...new Set(cells.flatMap((c) => (c.enteredBy ? [c.enteredBy] : [])))];
  const members = enterers.length
    ? new Set(
        (
          await tx
            .select({ userId: memberships.userId })
            .from(memberships)
            .where(and(eq(memberships.initiativeId, initiativeId), inArray(memberships.userId, enterers)))
        ).map((m) => m.userId),
      )
    : new Set<string>();
  const indicatorNames = await names(tx, indicators, [...new Set(cells.map((c) => c.indicatorId))]);
  const actorNames = await names(tx, actors, actorIds);

  const byUser = new Map<string, ReturnedValue[]>();
  const add = (userId: string, cell: ReturnedValue) => {
    if (userId === actingUserId) return;
    const list = byUser.get(userId) ?? [];
    if (!list.includes(cell)) byUser.set(userId, [...list, cell]);
  };
  for (const cell of cells) {
    for (const l of linked) if (l.actorId === cell.actorId) add(l.userId, cell);
    if (cell.enteredBy && members.has(cell.enteredBy)) add(cell.enteredBy, cell);
  }
  const entries: NewNotification[] = [...byUser].map(([userId, own]) => ({
    userId,
    initiativeId,
    kind: 'value_returned',
    params: {
      reason,
      values: own.map((c) => ({
        indicatorId: c.indicatorId,
        indicatorName: indicatorNames.get(c.indicatorId) ?? '',
        actorId: c.actorId,
        actorName: c.actorId ? (actorNames.get(c.actorId) ?? null) : null,
        period: c.period,
      })),
    },
    link: entryLink(initiativeId, own[0].period, own.length === 1 ? own[0].indicatorId : undefined),
  }));
  await notify(tx, entries);
}

export interface AssignedActionItem {
  id: string;
  title: string;
  ownerActorId: string | null;
  dueDate: string | null;
}

/** The users of the organisation an action item was given to (on creation or a change of owner). */
export async function notifyActionItemAssigned(tx: DbOrTx, initiativeId: string, actingUserId: string, meetingId: string, item: AssignedActionItem) {
  if (!item.ownerActorId) return;
  const users = (await usersOfActors(tx, initiativeId, [item.ownerActorId])).filter((u) => u.userId !== actingUserId);
  if (users.length === 0) return;
  const [meeting] = await tx.select({ id: meetings.id, title: meetings.title }).from(meetings).where(eq(meetings.id, meetingId));
  const actorName = (await names(tx, actors, [item.ownerActorId])).get(item.ownerActorId) ?? '';
  await notify(
    tx,
    users.map((u) => ({
      userId: u.userId,
      initiativeId,
      kind: 'action_item_assigned' as const,
      params: { actionItemId: item.id, title: item.title, actorName, dueDate: item.dueDate, meetingTitle: meeting?.title ?? '' },
      link: `/i/${initiativeId}/meetings/${meetingId}`,
    })),
  );
}
