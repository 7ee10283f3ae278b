import { describe, expect, it } from 'vitest';
import { chartMarkers } from './markers';

const periods = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

describe('chartMarkers', () => {
  it('places meetings in their period and numbers everything in time order', () => {
    const markers = chartMarkers(
      [
        { id: 'm2', kind: 'meeting', label: 'Partner meeting', start: new Date('2024-09-18T15:00:00Z') },
        { id: 'a1', kind: 'activity', label: 'Homework club', start: '2024-02-01', end: '2024-05-31' },
      ],
      'quarter',
      periods,
    );
    expect(markers).toEqual([
      { id: 'activity-a1', number: 1, kind: 'activity', period: '2024-Q1', endPeriod: '2024-Q2', label: 'Homework club' },
      { id: 'meeting-m2', number: 2, kind: 'meeting', period: '2024-Q3', endPeriod: undefined, label: 'Partner meeting' },
    ]);
  });

  it('clips activities to the visible range and runs open-ended ones to its end', () => {
    const markers = chartMarkers([{ id: 'a', kind: 'activity', label: 'Mentoring', start: '2023-05-01', end: null }], 'quarter', periods);
    expect(markers[0]).toMatchObject({ period: '2024-Q1', endPeriod: '2024-Q4' });
  });

  it('leaves out what lies outside the range', () => {
    const markers = chartMarkers(
      [
        { id: 'old', kind: 'meeting', label: 'Old', start: '2023-03-01' },
        { id: 'later', kind: 'activity', label: 'Later', start: '2025-02-01', end: '2025-06-30' },
      ],
      'quarter',
      periods,
    );
    expect(markers).toEqual([]);
  });

  it('uses the frequency of the chart (months)', () => {
    const markers = chartMarkers([{ id: 'm', kind: 'meeting', label: 'M', start: '2024-02-14' }], 'month', ['2024-01', '2024-02', '2024-03']);
    expect(markers[0].period).toBe('2024-02');
  });
});
