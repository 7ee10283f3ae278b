// Which organisations can be reminded, and whether one was reminded too recently to ask again.
import type { CompletenessResponse, ReminderStatus } from '@ci/shared';
import { cellIndex, needsChasing } from './totals';

/** The server refuses a second reminder for the same organisation and period within this time. */
export const REMIND_AGAIN_AFTER_MS = 60 * 60 * 1000;

export interface ActorReminder {
  /** Something is missing, late or sent back. */
  chasing: boolean;
  userCount: number;
  remindedAt: Date | null;
  /** Reminded less than an hour ago. */
  recent: boolean;
}

export function actorReminders(data: CompletenessResponse, status: ReminderStatus | undefined, now: Date): Map<string, ActorReminder> {
  const index = cellIndex(data);
  const indicatorIds = data.indicators.map((i) => i.id);
  const byActor = new Map(status?.actors.map((a) => [a.actorId, a]));
  return new Map(
    data.actors.map((a) => {
      const s = byActor.get(a.id);
      const remindedAt = s?.remindedAt ?? null;
      return [
        a.id,
        {
          chasing: needsChasing(index, a.id, indicatorIds),
          userCount: s?.userCount ?? 0,
          remindedAt,
          recent: remindedAt !== null && now.getTime() - remindedAt.getTime() < REMIND_AGAIN_AFTER_MS,
        },
      ];
    }),
  );
}
