import type { MembershipSummary } from '@ci/shared';

/**
 * Where to go after signing in: the initiative used last time, or the only one; null when the
 * person has to choose (or has none).
 */
export function startInitiative(memberships: readonly MembershipSummary[], last: string | null): string | null {
  if (last && memberships.some((m) => m.initiativeId === last)) return last;
  if (memberships.length === 1) return memberships[0].initiativeId;
  return null;
}
