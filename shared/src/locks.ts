// Whether a period's values may still change: the one rule used by every write on the server and
// by every screen that shows a period as locked.
import { isPeriodKey, periodEnd, periodStateOn } from './periods.js';

/** The initiative's settings that lock periods. */
export interface LockSettings {
  /** Every period that ends on or before the end of this period is locked; null: none. */
  lockedThrough: string | null;
  /** Lock each period once its due date (period end + reporting days) has passed. */
  autoLock: boolean;
  reportingDeadlineDays: number;
}

/** Why a period is locked: through the chosen period, or automatically after its due date. */
export type PeriodLock = 'locked_through' | 'past_due';

/**
 * Why a period is locked on a day (`YYYY-MM-DD`), or null when its values may change. The due date
 * itself is still a reporting day; an automatic lock starts the day after it.
 */
export function periodLockOn(period: string, settings: LockSettings, today: string): PeriodLock | null {
  const { lockedThrough } = settings;
  if (lockedThrough && isPeriodKey(lockedThrough) && periodEnd(period) <= periodEnd(lockedThrough)) return 'locked_through';
  if (settings.autoLock && periodStateOn(period, today, settings.reportingDeadlineDays) === 'closed') return 'past_due';
  return null;
}
