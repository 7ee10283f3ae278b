import { describe, expect, it } from 'vitest';
import { expectsActor, isReportingPeriod, memberThroughout } from './reporting.js';

const actor = (over: Partial<{ id: string; role: string; joinedOn: string | null; leftOn: string | null }> = {}) => ({
  id: 'a',
  role: 'partner',
  joinedOn: null,
  leftOn: null,
  ...over,
});

describe('expected reporters', () => {
  it('expects a member only for periods it belongs to throughout', () => {
    expect(memberThroughout(actor({ joinedOn: '2025-01-01' }), '2025-Q1')).toBe(true);
    expect(memberThroughout(actor({ joinedOn: '2025-01-02' }), '2025-Q1')).toBe(false);
    expect(memberThroughout(actor({ joinedOn: '2025-01-02' }), '2025-Q2')).toBe(true);
    expect(memberThroughout(actor({ leftOn: '2025-03-31' }), '2025-Q1')).toBe(true);
    expect(memberThroughout(actor({ leftOn: '2025-03-30' }), '2025-Q1')).toBe(false);
  });

  it('expects values from the first reporting period on, given as a key or a date', () => {
    expect(isReportingPeriod('2025-Q2', '2025-Q1')).toBe(false);
    expect(isReportingPeriod('2025-Q2', '2025-Q2')).toBe(true);
    expect(isReportingPeriod('2025-05-01', '2025-04')).toBe(false);
    expect(isReportingPeriod('2025-05-01', '2025-Q2')).toBe(true);
    expect(isReportingPeriod('2025-05-01', '2025-05')).toBe(true);
  });

  it('takes the chosen reporters, or by default every actor but the backbone', () => {
    const byDefault = { actorAggregation: 'sum', expectedActorIds: null, reportingFrom: '2025-Q1' };
    expect(expectsActor(byDefault, actor(), '2025-Q1')).toBe(true);
    expect(expectsActor(byDefault, actor({ role: 'backbone' }), '2025-Q1')).toBe(false);
    expect(expectsActor(byDefault, actor(), '2024-Q4')).toBe(false);
    const chosen = { ...byDefault, expectedActorIds: ['b'] };
    expect(expectsActor(chosen, actor(), '2025-Q1')).toBe(false);
    expect(expectsActor(chosen, actor({ id: 'b', role: 'backbone' }), '2025-Q1')).toBe(true);
    expect(expectsActor({ ...byDefault, actorAggregation: 'none' }, actor(), '2025-Q1')).toBe(false);
  });
});
