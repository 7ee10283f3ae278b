// Moving an idea through its statuses. Accepting makes the activity in the same transaction, so an
// accepted idea always has its activity; every change is kept in the decision history, audited and
// told to the proposers and supporters.
import { eq } from 'drizzle-orm';
import type { Activity, Idea, IdeaDetail, IdeaStatus, activityInput, ideaActivityPrefill, ideaDecisionInput } from '@ci/shared';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { activities, ideaDecisions, ideas } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { Conflict, found, ValidationError } from '../../lib/errors.js';
import type { Access } from '../../plugins/auth.js';
import { createActivity, getActivity } from '../activities/activities.repository.js';
import { getIdea, getIdeaDetail, ideaSnapshot } from './ideas.repository.js';
import { notifyIdeaDecided } from './ideas.notify.js';
import { lockedIdea } from './ideas.writes.js';

type DecisionInput = z.output<typeof ideaDecisionInput>;
type Prefill = z.output<typeof ideaActivityPrefill>;

/** Where an idea may go from each status: accepted is final, a declined idea may be reopened. */
export const NEXT_STATUSES: Record<IdeaStatus, readonly IdeaStatus[]> = {
  proposed: ['under_discussion', 'accepted', 'declined'],
  under_discussion: ['proposed', 'accepted', 'declined'],
  declined: ['under_discussion'],
  accepted: [],
};

const words = (status: string) => status.replace('_', ' ');

function assertTransition(from: IdeaStatus, to: IdeaStatus): void {
  if (from === to) throw new Conflict(`The idea is already ${words(to)}`);
  if (from === 'accepted') throw new Conflict('An accepted idea is final: it has become an activity');
  if (!NEXT_STATUSES[from].includes(to)) {
    throw new Conflict(`A ${words(from)} idea cannot become ${words(to)}; it can become ${NEXT_STATUSES[from].map(words).join(' or ')}`, {
      from,
      allowed: NEXT_STATUSES[from],
    });
  }
}

/**
 * The activity an accepted idea becomes: the idea's words and goals (the prefill may adjust the
 * planning words and add dates), led by the proposing organisation, joined by its supporters.
 */
async function activityFromIdea(tx: DbOrTx, initiativeId: string, idea: Idea, prefill: Prefill = {}): Promise<Activity> {
  const input: z.output<typeof activityInput> = {
    title: prefill.title ?? idea.title,
    description: idea.description,
    how: prefill.how ?? idea.how,
    when: prefill.when ?? idea.when,
    who: prefill.who ?? idea.who,
    goalIds: idea.goalIds,
    indicatorIds: [],
    leadActorId: idea.actorId,
    participantActorIds: idea.supporters.map((s) => s.actorId).filter((a) => a !== idea.actorId),
    workingGroupId: null,
    status: 'planned',
    startDate: prefill.startDate ?? null,
    endDate: prefill.endDate ?? null,
  };
  const created = await createActivity(tx, initiativeId, input);
  await tx.update(activities).set({ ideaId: idea.id }).where(eq(activities.id, created.id));
  return found(await getActivity(tx, initiativeId, created.id), 'Activity');
}

export async function decideIdea(db: Db, access: Access, id: string, input: DecisionInput): Promise<IdeaDetail> {
  const { initiativeId } = access;
  return db.transaction(async (tx) => {
    const row = await lockedIdea(tx, access, id);
    const from = row.status as IdeaStatus;
    const to = input.status;
    assertTransition(from, to);
    if (input.activity && to !== 'accepted') {
      throw new ValidationError('Only an accepted idea becomes an activity', [{ field: 'body.activity', message: 'Leave it out unless the status is accepted' }]);
    }
    const before = found(await getIdea(tx, initiativeId, id), 'Idea');
    const reason = input.reason ? input.reason : null;
    // The idea keeps the reason of its final decision; reopening it clears both (the history keeps them).
    const decided = to === 'accepted' || to === 'declined';
    const now = new Date();
    await tx
      .update(ideas)
      .set({ status: to, decisionReason: decided ? reason : null, decidedAt: decided ? now : null, updatedAt: now })
      .where(eq(ideas.id, id));
    const [decision] = await tx
      .insert(ideaDecisions)
      .values({ ideaId: id, fromStatus: from, toStatus: to, reason, userId: access.userId })
      .returning({ id: ideaDecisions.id });
    if (to === 'accepted') {
      const activity = await activityFromIdea(tx, initiativeId, before, input.activity);
      await recordAudit(tx, { initiativeId, userId: access.userId, action: 'create', entityType: 'activity', entityId: activity.id, after: activity });
    }
    const after = found(await getIdea(tx, initiativeId, id), 'Idea');
    await recordAudit(tx, {
      initiativeId,
      userId: access.userId,
      action: 'update',
      entityType: 'idea',
      entityId: id,
      before: ideaSnapshot(before),
      after: ideaSnapshot(after),
      reason,
    });
    await notifyIdeaDecided(tx, { initiativeId, deciderId: access.userId, idea: after, decisionId: decision.id, reason });
    return found(await getIdeaDetail(tx, initiativeId, id), 'Idea');
  });
}
