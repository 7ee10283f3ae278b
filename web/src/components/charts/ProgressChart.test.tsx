import { render, screen, waitFor, within } from '@testing-library/react';
import { ProgressChart, type ProgressDatum } from './ProgressChart';
import { Sparkline } from './Sparkline';

const labels = {
  value: 'Measured value',
  preliminary: 'Preliminary (not everyone has reported)',
  trajectory: 'Planned path',
  trend: 'Trend',
  target: 'Target',
  baseline: 'Baseline',
  meeting: 'Meeting',
  activity: 'Activity',
  period: 'Period',
};

const datum = (period: string, value: number | null, extra: Partial<ProgressDatum> = {}): ProgressDatum => ({
  period,
  value,
  trajectory: null,
  trend: null,
  target: null,
  preliminary: null,
  ...extra,
});

function draw(data: ProgressDatum[], more: Partial<Parameters<typeof ProgressChart>[0]> = {}) {
  return render(
    <ProgressChart
      data={data}
      baseline={null}
      target={null}
      labels={labels}
      periodLabel={(p) => p}
      formatValue={(v) => `${v} visits`}
      formatTick={String}
      describePreliminary={(p) => `preliminary: ${p.reported} of ${p.expected} reported`}
      {...more}
    />,
  );
}

const legend = (container: HTMLElement) => [...container.querySelectorAll('.legend__item')].map((li) => li.textContent);
const path = (container: HTMLElement, name: string) => container.querySelector(`path[name="${name}"]`)?.getAttribute('d') ?? '';

describe('progress chart', () => {
  // December of the demo: November reported by three of five partners.
  const visits = [
    datum('2026-09', 452),
    datum('2026-10', 439),
    datum('2026-11', 284, { preliminary: { reported: 3, expected: 5 } }),
  ];

  it('draws a preliminary value hollow, on a lighter dashed line from the last complete point', async () => {
    const { container } = draw(visits);
    // The drawing comes just after the frame, with the chart library.
    await waitFor(() => expect(container.querySelector(`path[name="${labels.value}"]`)).not.toBeNull());
    // The solid line and its filled points stop at October.
    expect(path(container, labels.value).match(/[ML]/g)).toHaveLength(2);
    expect(container.querySelectorAll(`circle.recharts-line-dot[name="${labels.value}"]`)).toHaveLength(2);
    // The draft runs from October to November and ends in one hollow point.
    expect(path(container, labels.preliminary).match(/[ML]/g)).toHaveLength(2);
    const hollow = container.querySelectorAll('circle.chart__draft-dot');
    expect(hollow).toHaveLength(1);
    expect(hollow[0]).toHaveAttribute('fill', '#fff');
    expect(container.querySelector(`path[name="${labels.preliminary}"]`)).toHaveAttribute('stroke-dasharray');
  });

  it('names the preliminary points in the legend and says "3 of 5 reported" in the table', () => {
    const { container } = draw(visits);
    expect(legend(container)).toEqual(['Measured value', 'Preliminary (not everyone has reported)']);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: '2026-11' }).closest('tr')).toHaveTextContent('284 visits (preliminary: 3 of 5 reported)');
    expect(within(table).getByRole('rowheader', { name: '2026-10' }).closest('tr')).toHaveTextContent(/^2026-10439 visits$/);
  });

  it('names only what is drawn', () => {
    const complete = [datum('2025-Q1', 10, { trajectory: 9 }), datum('2025-Q2', 12, { trajectory: 10 })];
    const { container, unmount } = draw(complete, {
      // A baseline and a meeting outside the range are not drawn, so not named.
      baseline: { period: '2024-Q4', value: 8 },
      markers: [{ id: 'm', number: 1, kind: 'meeting', period: '2024-Q3', label: 'Partner meeting' }],
    });
    expect(legend(container)).toEqual(['Measured value', 'Planned path']);
    expect(container.querySelectorAll('circle.chart__draft-dot')).toHaveLength(0);
    unmount();

    // Only preliminary figures so far: no "measured value" line to name.
    const onlyDraft = draw([datum('2026-11', 284, { preliminary: { reported: 3, expected: 5 } }), datum('2026-12', null, { target: 520 })]);
    expect(legend(onlyDraft.container)).toEqual(['Preliminary (not everyone has reported)', 'Target']);
  });
});

describe('sparkline', () => {
  const point = (period: string, value: number | null, complete = true) => ({ period, value, complete });

  it('ends in a hollow point when the newest period is preliminary', () => {
    const { container } = render(<Sparkline data={[point('2026-09', 452), point('2026-10', 439), point('2026-11', 284, false)]} />);
    const end = container.querySelectorAll('circle.sparkline__end');
    expect(end).toHaveLength(1);
    expect(end[0]).toHaveClass('sparkline__end--preliminary');
    expect(end[0]).toHaveAttribute('fill', '#fff');
  });

  it('places the points by period and value: highest at the top, preliminary part dashed and straight', () => {
    // 10, 20, then a preliminary 15 (two complete points: the curve is a straight segment): x at 0, 50 and 100 % of the width; y at 100, 0 and 50 % down.
    const { container } = render(<Sparkline data={[point('2026-09', 10), point('2026-10', 20), point('2026-11', 15, false)]} />);
    const [solid, draft] = [...container.querySelectorAll('path')];
    expect(solid.getAttribute('d')).toBe('M0,100L50,0');
    expect(solid).not.toHaveAttribute('stroke-dasharray');
    expect(draft.getAttribute('d')).toBe('M50,0L100,50');
    expect(draft).toHaveAttribute('stroke-dasharray', '3 3');
    const end = container.querySelector('circle.sparkline__end')!;
    expect([end.getAttribute('cx'), end.getAttribute('cy')]).toEqual(['100%', '50%']);
  });

  it('draws a flat series through the middle, and nothing before a second value', () => {
    const flat = render(<Sparkline data={[point('2026-09', 7), point('2026-10', 7)]} />);
    expect(flat.container.querySelector('path')?.getAttribute('d')).toBe('M0,50L100,50');
    const single = render(<Sparkline data={[point('2026-09', 7), point('2026-10', null)]} />);
    expect(single.container.querySelector('svg')).toBeNull();
  });

  it('ends in a filled point when the newest period is complete', () => {
    const { container } = render(<Sparkline data={[point('2026-08', 470), point('2026-09', 452), point('2026-10', 439)]} />);
    const end = container.querySelectorAll('circle.sparkline__end');
    expect(end).toHaveLength(1);
    expect(end[0]).not.toHaveClass('sparkline__end--preliminary');
  });
});
