import { describe, expect, it } from 'vitest';
import { periodLockOn } from './locks.js';

const settings = (over: Partial<Parameters<typeof periodLockOn>[1]> = {}) => ({ lockedThrough: null, autoLock: false, reportingDeadlineDays: 30, ...over });

describe('periodLockOn', () => {
  it('locks periods ending on or before the end of the chosen period, whatever their frequency', () => {
    const s = settings({ lockedThrough: '2024-Q4' });
    expect(periodLockOn('2024-Q4', s, '2024-11-01')).toBe('locked_through');
    expect(periodLockOn('2024-12', s, '2024-11-01')).toBe('locked_through');
    expect(periodLockOn('2024', s, '2024-11-01')).toBe('locked_through');
    expect(periodLockOn('2025-01', s, '2026-01-01')).toBeNull();
    expect(periodLockOn('2025-Q1', settings({ lockedThrough: 'garbage' }), '2026-01-01')).toBeNull();
  });

  it('with auto lock, locks from the day after the due date (end + reporting days)', () => {
    const s = settings({ autoLock: true });
    expect(periodLockOn('2025-Q1', s, '2025-04-30')).toBeNull();
    expect(periodLockOn('2025-Q1', s, '2025-05-01')).toBe('past_due');
    expect(periodLockOn('2025-Q1', { ...s, reportingDeadlineDays: 0 }, '2025-03-31')).toBeNull();
    expect(periodLockOn('2025-Q1', { ...s, reportingDeadlineDays: 0 }, '2025-04-01')).toBe('past_due');
    expect(periodLockOn('2025-Q1', { ...s, autoLock: false }, '2030-01-01')).toBeNull();
  });

  it('names the chosen lock first when both apply', () => {
    expect(periodLockOn('2024-Q1', settings({ autoLock: true, lockedThrough: '2024' }), '2026-01-01')).toBe('locked_through');
  });
});
