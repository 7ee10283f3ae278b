import { monthSpan } from './year';

describe('an activity in the year view', () => {
  it('covers the months between its dates', () => {
    expect(monthSpan({ startDate: '2025-04-10', endDate: '2025-06-30', status: 'planned' }, 2025)).toEqual({ first: 3, last: 5, continuesBefore: false, continuesAfter: false });
  });

  it('runs on from an earlier year and into the next', () => {
    expect(monthSpan({ startDate: '2024-09-01', endDate: '2026-02-01', status: 'ongoing' }, 2025)).toEqual({ first: 0, last: 11, continuesBefore: true, continuesAfter: true });
  });

  it('goes on to the end of the year when it has no end date and is not done', () => {
    expect(monthSpan({ startDate: '2024-09-01', endDate: null, status: 'ongoing' }, 2025)).toEqual({ first: 0, last: 11, continuesBefore: true, continuesAfter: true });
    expect(monthSpan({ startDate: '2025-03-01', endDate: null, status: 'done' }, 2025)).toEqual({ first: 2, last: 2, continuesBefore: false, continuesAfter: false });
  });

  it('is not in a year it does not touch, nor without dates', () => {
    expect(monthSpan({ startDate: '2027-01-01', endDate: null, status: 'planned' }, 2025)).toBeNull();
    expect(monthSpan({ startDate: null, endDate: null, status: 'idea' }, 2025)).toBeNull();
  });
});
