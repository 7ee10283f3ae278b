// Support for an idea: one vote per organisation, never per user. The table's primary key
// (idea, organisation) is the rule itself, so two users of one organisation voting at the same
// moment still make one row; giving or withdrawing support twice changes nothing.
import { and, eq } from 'drizzle-orm';
import type { Idea } from '@ci/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { actors, ideaVotes } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { Conflict, found } from '../../lib/errors.js';
import type { Access } from '../../plugins/auth.js';
import { assertInInitiative } from '../activities/initiative-references.js';
import { getIdea, type IdeaRow } from './ideas.repository.js';
import { assertMayVoteFor } from './ideas.rights.js';
import { isOpen, lockedIdea } from './ideas.writes.js';

type VoteRow = typeof ideaVotes.$inferSelect;

/**
 * The idea (locked in share mode: votes may run side by side, a decision waits for them and they
 * for it), the caller's right to speak for the organisation, and the organisation itself (404 when
 * it is not one of the initiative's).
 */
async function voteTarget(tx: DbOrTx, access: Access, ideaId: string, actorId: string): Promise<{ idea: IdeaRow; actorName: string }> {
  const idea = await lockedIdea(tx, access, ideaId, 'share');
  assertMayVoteFor(access, actorId);
  const [actor] = await tx
    .select({ name: actors.name })
    .from(actors)
    .where(and(eq(actors.initiativeId, access.initiativeId), eq(actors.id, actorId)));
  found(actor, 'Actor');
  if (!isOpen(idea.status)) {
    throw new Conflict(`The idea is ${idea.status}: its support can no longer change`);
  }
  return { idea, actorName: actor.name };
}

function voteAudit(access: Access, action: 'create' | 'delete', ideaId: string, actorName: string, vote: VoteRow) {
  const snapshot = { actorId: vote.actorId, actorName, castBy: vote.castByUserId, meetingId: vote.meetingId };
  return {
    initiativeId: access.initiativeId,
    userId: access.userId,
    action,
    entityType: 'idea_vote',
    entityId: ideaId,
    ...(action === 'create' ? { after: snapshot } : { before: snapshot }),
  };
}

/** Gives the organisation's support; `meetingId`: the meeting at which it was given (the backbone recording it). */
export async function castVote(db: Db, access: Access, ideaId: string, actorId: string, meetingId: string | null): Promise<Idea> {
  return db.transaction(async (tx) => {
    const { actorName } = await voteTarget(tx, access, ideaId, actorId);
    await assertInInitiative(tx, access.initiativeId, [{ kind: 'meeting', id: meetingId, field: 'body.meetingId' }]);
    const [added] = await tx
      .insert(ideaVotes)
      .values({ ideaId, actorId, castByUserId: access.userId, meetingId })
      .onConflictDoNothing()
      .returning();
    // Only a vote that was not there yet is a write: a repeat (or the other user's simultaneous click) records nothing.
    if (added) await recordAudit(tx, voteAudit(access, 'create', ideaId, actorName, added));
    return found(await getIdea(tx, access.initiativeId, ideaId), 'Idea');
  });
}

export async function withdrawVote(db: Db, access: Access, ideaId: string, actorId: string): Promise<Idea> {
  return db.transaction(async (tx) => {
    const { actorName } = await voteTarget(tx, access, ideaId, actorId);
    const [removed] = await tx
      .delete(ideaVotes)
      .where(and(eq(ideaVotes.ideaId, ideaId), eq(ideaVotes.actorId, actorId)))
      .returning();
    if (removed) await recordAudit(tx, voteAudit(access, 'delete', ideaId, actorName, removed));
    return found(await getIdea(tx, access.initiativeId, ideaId), 'Idea');
  });
}
