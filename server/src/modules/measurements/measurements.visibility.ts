// Which measurements a member may see: the one rule behind the measurement list and every export.
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@ci/shared';
import { initiatives, measurements } from '../../db/schema/index.js';
import { countsAsReported } from '../series/series.repository.js';

/** Roles that see every value, drafts and returned ones included. */
const SEE_ALL: readonly Role[] = ['admin', 'backbone', 'steering'];

export interface VisibilityAccess {
  initiativeId: string;
  role: Role;
  actorIds: readonly string[];
}

/**
 * A condition on `measurements` for the caller: undefined (no restriction) for admin, backbone and
 * steering; for a partner, every actor's values that count (as in charts: approved, or submitted
 * when the initiative does not require approval) plus every value of its own linked actors, so a
 * partner also sees its own drafts and returned values. Combine it with `and(...)`.
 */
export function visibleMeasurements(access: VisibilityAccess): SQL | undefined {
  if (SEE_ALL.includes(access.role)) return undefined;
  // Uncorrelated, so the database evaluates it once per query, not once per row.
  const requiresApproval = sql`(select ${initiatives.requiresApproval} from ${initiatives} where ${initiatives.id} = ${access.initiativeId})`;
  const counting = countsAsReported(measurements.status, requiresApproval);
  if (access.actorIds.length === 0) return counting;
  return or(counting, inArray(measurements.actorId, [...access.actorIds]));
}
