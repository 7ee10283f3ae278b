// The settings form's state: what is typed, what changed against what is saved, and what a change
// will do, so the screen can say it before anyone saves.
import {
  initiativePatch,
  periodOfDate,
  periodStateOn,
  previousPeriod,
  type Initiative,
  type InitiativePatch,
  type Locale,
} from '@ci/shared';

export interface SettingsForm {
  reportingDeadlineDays: string;
  requiresApproval: boolean;
  autoLock: boolean;
  lockThrough: boolean;
  lockedThrough: string;
  publicView: boolean;
  publicThreshold: string;
  locale: Locale;
}

export function formOf(initiative: Initiative, today = new Date()): SettingsForm {
  return {
    reportingDeadlineDays: String(initiative.reportingDeadlineDays),
    requiresApproval: initiative.requiresApproval,
    autoLock: initiative.autoLock,
    lockThrough: initiative.lockedThrough !== null,
    // Offered when the lock is switched on: the last quarter that has ended.
    lockedThrough: initiative.lockedThrough ?? previousPeriod(periodOfDate(today, 'quarter')),
    publicView: initiative.publicView,
    publicThreshold: String(initiative.publicThreshold),
    locale: initiative.locale,
  };
}

/** A typed whole number, or NaN so that the schema reports it as "write a number". */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

/**
 * The fields that differ from what is saved: `changed` as typed (numbers may be NaN), `result` the
 * PATCH body checked by the shared schema.
 */
export function changesOf(form: SettingsForm, saved: Initiative) {
  const next = {
    reportingDeadlineDays: wholeNumber(form.reportingDeadlineDays),
    requiresApproval: form.requiresApproval,
    autoLock: form.autoLock,
    lockedThrough: form.lockThrough ? form.lockedThrough : null,
    publicView: form.publicView,
    publicThreshold: wholeNumber(form.publicThreshold),
    locale: form.locale,
  } satisfies InitiativePatch;
  const changed: InitiativePatch = Object.fromEntries(Object.entries(next).filter(([key, value]) => saved[key as keyof typeof next] !== value));
  return { changed, result: initiativePatch.safeParse(changed) };
}

export type Consequence =
  | { key: 'approvalOn' | 'approvalOff' | 'autoLockOff' | 'lockOff' | 'publicOn' | 'publicOff' | 'movesLocks' }
  | { key: 'autoLockOn'; period: string }
  | { key: 'lockOn'; period: string };

/** The latest quarter whose due date has passed on `today` with these reporting days. */
export function lastPastDueQuarter(today: Date, reportingDays: number): string {
  const day = today.toISOString().slice(0, 10);
  let quarter = periodOfDate(today, 'quarter');
  while (periodStateOn(quarter, day, reportingDays) !== 'closed') quarter = previousPeriod(quarter);
  return quarter;
}

/** What saving would change for people, in the order the form shows the settings. */
export function consequencesOf(patch: InitiativePatch, saved: Initiative, today = new Date()): Consequence[] {
  const out: Consequence[] = [];
  const typedDays = patch.reportingDeadlineDays;
  const days = typedDays !== undefined && Number.isInteger(typedDays) && typedDays >= 0 ? typedDays : saved.reportingDeadlineDays;
  const autoLock = patch.autoLock ?? saved.autoLock;
  if (patch.reportingDeadlineDays !== undefined && autoLock && patch.autoLock === undefined) out.push({ key: 'movesLocks' });
  if (patch.requiresApproval !== undefined) out.push({ key: patch.requiresApproval ? 'approvalOn' : 'approvalOff' });
  if (patch.autoLock !== undefined) {
    out.push(patch.autoLock ? { key: 'autoLockOn', period: lastPastDueQuarter(today, days) } : { key: 'autoLockOff' });
  }
  if (patch.lockedThrough !== undefined) out.push(patch.lockedThrough ? { key: 'lockOn', period: patch.lockedThrough } : { key: 'lockOff' });
  if (patch.publicView !== undefined) out.push({ key: patch.publicView ? 'publicOn' : 'publicOff' });
  return out;
}
