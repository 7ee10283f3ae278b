// Who hears of a decision on an idea: the user who proposed it (while still a member), the users of
// the proposing organisation and of every organisation that supports it; never the decider.
import { and, eq } from 'drizzle-orm';
import type { Idea, IdeaDecidedParams } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { memberships } from '../../db/schema/index.js';
import { notify, usersOfActors } from '../notifications/notifications.repository.js';

export const ideaLink = (initiativeId: string, ideaId: string) => `/i/${initiativeId}/ideas/${ideaId}`;

export interface IdeaDecidedEvent {
  initiativeId: string;
  deciderId: string;
  /** The idea after the decision. */
  idea: Idea;
  decisionId: string;
  /** The reason given with this decision (kept in the history even where the idea keeps none). */
  reason: string | null;
}

export async function notifyIdeaDecided(tx: DbOrTx, { initiativeId, deciderId, idea, decisionId, reason }: IdeaDecidedEvent): Promise<number> {
  const recipients = new Set<string>();
  if (idea.proposedByUserId) {
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.initiativeId, initiativeId), eq(memberships.userId, idea.proposedByUserId)));
    if (member) recipients.add(member.userId);
  }
  const actorIds = [...new Set([...(idea.actorId ? [idea.actorId] : []), ...idea.supporters.map((s) => s.actorId)])];
  for (const u of await usersOfActors(tx, initiativeId, actorIds)) recipients.add(u.userId);
  recipients.delete(deciderId);
  const params: IdeaDecidedParams = { title: idea.title, status: idea.status, reason };
  return notify(
    tx,
    [...recipients].map((userId) => ({
      userId,
      initiativeId,
      kind: 'idea_decided' as const,
      params: { ...params },
      link: ideaLink(initiativeId, idea.id),
      dedupeKey: `idea-decision:${decisionId}`,
    })),
  );
}
