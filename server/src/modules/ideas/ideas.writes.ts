// Proposing, changing and removing ideas: each write in one transaction with its audit entry.
import { and, eq, ne, sql } from 'drizzle-orm';
import { OPEN_IDEA_STATUSES, type Idea, type ideaInput, type ideaPatch, type IdeaStatus } from '@ci/shared';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { ideaGoals, ideas, ideaVotes } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { Conflict, Forbidden, found } from '../../lib/errors.js';
import { canEditAll, type Access } from '../../plugins/auth.js';
import { assertInInitiative, refs } from '../activities/initiative-references.js';
import { getIdea, ideaSnapshot, lockIdea, type IdeaRow } from './ideas.repository.js';
import { assertMayEdit, assertMayProposeFor, isProposer } from './ideas.rights.js';

type IdeaInput = z.output<typeof ideaInput>;
type IdeaPatch = z.output<typeof ideaPatch>;

export function isOpen(status: string): boolean {
  return (OPEN_IDEA_STATUSES as readonly string[]).includes(status as IdeaStatus);
}

function audit(access: Access, action: 'create' | 'update' | 'delete', id: string, before?: Idea, after?: Idea) {
  return {
    initiativeId: access.initiativeId,
    userId: access.userId,
    action,
    entityType: 'idea',
    entityId: id,
    before: before ? ideaSnapshot(before) : undefined,
    after: after ? ideaSnapshot(after) : undefined,
  };
}

async function writeGoals(tx: DbOrTx, ideaId: string, goalIds: string[]) {
  await tx.delete(ideaGoals).where(eq(ideaGoals.ideaId, ideaId));
  const unique = [...new Set(goalIds)];
  if (unique.length) await tx.insert(ideaGoals).values(unique.map((goalId) => ({ ideaId, goalId })));
}

/** The idea, locked for the write; 404 when it is not the initiative's. */
export async function lockedIdea(tx: DbOrTx, access: Access, id: string, strength: 'update' | 'share' = 'update'): Promise<IdeaRow> {
  return found(await lockIdea(tx, access.initiativeId, id, strength), 'Idea');
}

export async function createIdea(db: Db, access: Access, input: IdeaInput): Promise<Idea> {
  // The right comes before the lookup: a partner learns nothing about organisations not its own.
  assertMayProposeFor(access, input.actorId);
  const { initiativeId } = access;
  return db.transaction(async (tx) => {
    await assertInInitiative(tx, initiativeId, [
      { kind: 'actor', id: input.actorId, field: 'body.actorId' },
      ...refs('goal', input.goalIds, 'body.goalIds'),
    ]);
    const { goalIds, ...fields } = input;
    const [row] = await tx
      .insert(ideas)
      .values({ ...fields, initiativeId, proposedByUserId: access.userId })
      .returning({ id: ideas.id });
    await writeGoals(tx, row.id, goalIds);
    const after = found(await getIdea(tx, initiativeId, row.id), 'Idea');
    await recordAudit(tx, audit(access, 'create', row.id, undefined, after));
    return after;
  });
}

/** Changes an idea that still waits for a decision; `goalIds`, when given, replaces its goals. */
export async function updateIdea(db: Db, access: Access, id: string, patch: IdeaPatch): Promise<Idea> {
  const { initiativeId } = access;
  return db.transaction(async (tx) => {
    const row = await lockedIdea(tx, access, id);
    assertMayEdit(access, row);
    if (!isOpen(row.status)) throw new Conflict(`The idea is ${row.status.replace('_', ' ')}: it can no longer be changed`);
    await assertInInitiative(tx, initiativeId, refs('goal', patch.goalIds, 'body.goalIds'));
    const before = found(await getIdea(tx, initiativeId, id), 'Idea');
    const { goalIds, ...fields } = patch;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0 && goalIds === undefined) return before;
    await tx
      .update(ideas)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(ideas.id, id));
    if (goalIds !== undefined) await writeGoals(tx, id, goalIds);
    const after = found(await getIdea(tx, initiativeId, id), 'Idea');
    await recordAudit(tx, audit(access, 'update', id, before, after));
    return after;
  });
}

/**
 * The backbone removes any idea that has not become an activity; the proposer's side only its own
 * idea while nobody has weighed it yet: still proposed, supported by no other organisation.
 */
export async function deleteIdea(db: Db, access: Access, id: string): Promise<void> {
  const { initiativeId } = access;
  await db.transaction(async (tx) => {
    const row = await lockedIdea(tx, access, id);
    const editor = canEditAll(access);
    if (!editor && !isProposer(access, row)) throw new Forbidden('Only the proposing organisation or the backbone can delete an idea');
    if (row.status === 'accepted') throw new Conflict('The idea was accepted and became an activity: it stays as the origin of that activity');
    if (!editor) {
      if (row.status !== 'proposed') throw new Conflict('The idea is already being weighed: ask the backbone to remove it');
      const [{ others }] = await tx
        .select({ others: sql<number>`count(*)::int` })
        .from(ideaVotes)
        .where(and(eq(ideaVotes.ideaId, id), row.actorId ? ne(ideaVotes.actorId, row.actorId) : undefined));
      if (Number(others) > 0) throw new Conflict('Other organisations support this idea: ask the backbone to remove it');
    }
    const before = found(await getIdea(tx, initiativeId, id), 'Idea');
    await tx.delete(ideas).where(and(eq(ideas.initiativeId, initiativeId), eq(ideas.id, id)));
    await recordAudit(tx, audit(access, 'delete', id, before));
  });
}

