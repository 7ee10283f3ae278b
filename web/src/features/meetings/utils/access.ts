import type { ActionItem, Role } from '@ci/shared';
import { canEditAll } from '../../../lib/permissions';

/** Editors tick any action item; a partner only those its own organisation owns. */
export function canTickActionItem(access: { role: Role; actorIds: readonly string[] }, item: Pick<ActionItem, 'ownerActorId'>): boolean {
  if (canEditAll(access.role)) return true;
  return access.role === 'partner' && item.ownerActorId !== null && access.actorIds.includes(item.ownerActorId);
}
