// What each role may do in the UI. The server enforces the same rules; these only decide what to
// show, so people are not offered buttons that would fail.
import type { Role } from '@ci/shared';

export interface Access {
  role: Role;
  actorIds: readonly string[];
}

/** Admin and backbone edit everything: goals, indicators, actors, narratives, activities, meetings. */
export const canEditAll = (role: Role) => role === 'admin' || role === 'backbone';
export const canManageMembers = (role: Role) => role === 'admin';
/** Data entry: editors for every actor, partners for the actors they speak for; steering only reads. */
export const canEnterData = (role: Role) => role !== 'steering';
/** Who-has-reported: the people who chase and approve figures. */
export const canFollowReporting = (role: Role) => role !== 'partner';
/** Approving or returning submitted figures: the same roles the review route admits. */
export const canReviewMeasurements = (role: Role) => role === 'admin' || role === 'backbone' || role === 'steering';

export function canEditActor(access: Access, actorId: string): boolean {
  if (canEditAll(access.role)) return true;
  return access.role === 'partner' && access.actorIds.includes(actorId);
}
