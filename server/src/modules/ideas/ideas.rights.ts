// Who may do what with an idea. Every member reads every idea; writing depends on the organisation
// a member speaks for (the actors its membership is linked to), whatever its role.
import type { Access } from '../../plugins/auth.js';
import { canEditAll } from '../../plugins/auth.js';
import { Forbidden } from '../../lib/errors.js';
import type { IdeaRow } from './ideas.repository.js';

/** Whether the caller's membership is linked to this organisation. */
export function speaksFor(access: Access, actorId: string | null): boolean {
  return actorId !== null && access.actorIds.includes(actorId);
}

/** The proposer's side: the user who proposed it, or any user of the proposing organisation. */
export function isProposer(access: Access, idea: Pick<IdeaRow, 'actorId' | 'proposedByUserId'>): boolean {
  return idea.proposedByUserId === access.userId || speaksFor(access, idea.actorId);
}

/** Admin and backbone propose for any organisation; everyone else for one they are linked to. */
export function assertMayProposeFor(access: Access, actorId: string): void {
  if (canEditAll(access) || speaksFor(access, actorId)) return;
  throw new Forbidden('You can propose an idea only for an organisation you are linked to');
}

export function assertMayEdit(access: Access, idea: IdeaRow): void {
  if (canEditAll(access) || isProposer(access, idea)) return;
  throw new Forbidden('Only the proposing organisation or the backbone can change an idea');
}

/** An organisation's vote is cast by its own users, or recorded by the backbone (e.g. given at a meeting). */
export function assertMayVoteFor(access: Access, actorId: string): void {
  if (canEditAll(access) || speaksFor(access, actorId)) return;
  throw new Forbidden('Only users of that organisation, or the backbone, can give or withdraw its support');
}
