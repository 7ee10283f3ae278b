// Rules shared by every write of a measurement: period locks, conflicts, error details.
import { eq } from 'drizzle-orm';
import {
  isoDay,
  periodDueDate,
  periodLockOn,
  type Frequency,
  type LockSettings,
  type Measurement,
  type MeasurementConflicts,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { initiatives } from '../../db/schema/index.js';
import { Conflict, found } from '../../lib/errors.js';
import type { MeasurementRow } from './measurements.repository.js';

export interface FieldError {
  field: string;
  message: string;
}

export type WriteSettings = LockSettings;

/** The initiative's settings that decide whether a value may change. */
export async function writeSettings(db: DbOrTx, initiativeId: string): Promise<WriteSettings> {
  const [row] = await db
    .select({
      lockedThrough: initiatives.lockedThrough,
      autoLock: initiatives.autoLock,
      reportingDeadlineDays: initiatives.reportingDeadlineDays,
    })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId));
  return found(row, 'Initiative');
}

/**
 * A period is locked when it ends on or before the end of `lockedThrough`, or, with automatic
 * locking, once its due date has passed. Every write, review, delete and import asks this.
 */
export function isLocked(period: string, settings: WriteSettings, now: Date = new Date()): boolean {
  return periodLockOn(period, settings, isoDay(now)) !== null;
}

export function lockedMessage(period: string, settings: WriteSettings, now: Date = new Date()) {
  return periodLockOn(period, settings, isoDay(now)) === 'past_due'
    ? `Period ${period} is locked: its due date ${periodDueDate(period, settings.reportingDeadlineDays)} has passed`
    : `Period ${period} is locked: the initiative is closed through ${settings.lockedThrough}`;
}

const EXAMPLE_KEY: Record<Frequency, string> = { month: '2025-03', quarter: '2025-Q1', half_year: '2025-H1', year: '2025' };
const FREQUENCY_WORD: Record<Frequency, string> = { month: 'month', quarter: 'quarter', half_year: 'half year', year: 'year' };

export function frequencyMessage(frequency: Frequency) {
  return `This indicator is reported per ${FREQUENCY_WORD[frequency]}: expected a key like ${EXAMPLE_KEY[frequency]}`;
}

/** Throws the 409 that tells a client which cells changed meanwhile, with their current state. */
export function staleCells(conflicts: MeasurementConflicts['conflicts']): never {
  throw new Conflict(
    conflicts.length === 1
      ? 'Someone else changed this value meanwhile; nothing was saved'
      : `Someone else changed ${conflicts.length} of these values meanwhile; nothing was saved`,
    { conflicts } satisfies MeasurementConflicts,
  );
}

export function conflictOf(
  cell: { indicatorId: string; actorId: string | null; period: string; categoryId?: string | null },
  current: Measurement | null,
): MeasurementConflicts['conflicts'][number] {
  return {
    indicatorId: cell.indicatorId,
    actorId: cell.actorId,
    period: cell.period,
    categoryId: cell.categoryId ?? null,
    current,
  };
}

/** Rows of a raw query: both drivers answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export function sameValue(row: MeasurementRow, next: { value: number | null; numerator: number | null; denominator: number | null }) {
  return row.value === next.value && row.numerator === next.numerator && row.denominator === next.denominator;
}
