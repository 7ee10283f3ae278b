// Who may do what with ideas. The server enforces the same rules; these only decide what to offer.
import { OPEN_IDEA_STATUSES, type Idea, type IdeaStatus, type Role } from '@ci/shared';
import { canEditAll, type Access } from '../../../lib/permissions';

export const isOpen = (status: IdeaStatus) => (OPEN_IDEA_STATUSES as readonly IdeaStatus[]).includes(status);

/** The backbone and the steering group move ideas on. */
export const canDecide = (role: Role) => role === 'admin' || role === 'backbone' || role === 'steering';

/** The organisations a person may propose for: any (backbone), else those they speak for. */
export function proposableActorIds(access: Access, allActorIds: readonly string[]): string[] {
  return canEditAll(access.role) ? [...allActorIds] : allActorIds.filter((id) => access.actorIds.includes(id));
}

/** Changing and deleting: the backbone, or the proposing organisation's people, while it waits for a decision. */
export function canChangeIdea(access: Access, idea: Pick<Idea, 'actorId' | 'status'>): boolean {
  if (!isOpen(idea.status)) return false;
  if (canEditAll(access.role)) return true;
  return idea.actorId !== null && access.actorIds.includes(idea.actorId);
}
