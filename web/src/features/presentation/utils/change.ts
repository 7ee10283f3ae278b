// The headline of an indicator slide: the latest figure up to the quarter being presented, and how
// far it moved since the period just before it. Pure, so the rounding and sign rules are tested.
import { periodEnd, periodStart, previousPeriod, type Direction, type Locale, type MeasureType } from '@ci/shared';
import { formatNumber, formatValue } from '../../../lib/format';

export interface PeriodFigure {
  period: string;
  value: number;
}

export interface Change {
  latest: PeriodFigure;
  /** The period just before the latest; its value is null when nothing was reported for it. */
  previous: { period: string; value: number | null };
  /** latest − previous at the precision shown (so a move of 0.04 with no decimals is 0); null without a previous figure. */
  delta: number | null;
  movement: 'up' | 'down' | 'flat' | null;
  /** Whether the move is good news in the indicator's direction. */
  assessment: 'better' | 'worse' | 'neutral' | null;
}

export interface ChangeOptions {
  decimals: number;
  direction: Direction;
  /** The final target; a `maintain` indicator is better when it comes closer to it. */
  target?: number | null;
  /**
   * The quarter on screen: later periods do not count. A period that has begun by its end does (a
   * yearly figure is reported whole, once); quarters after it have not begun, so a half-reported
   * quarter never shows up as a drop.
   */
  through?: string;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** Math.max(0, Math.min(6, Math.trunc(decimals)));
  // `|| 0` turns −0 into 0, so an unchanged figure is never shown with a minus sign.
  return Math.round(value * factor) / factor || 0;
}

function assess(movement: 'up' | 'down' | 'flat', delta: number, latest: number, options: ChangeOptions): Change['assessment'] {
  if (movement === 'flat') return 'neutral';
  if (options.direction === 'increase') return movement === 'up' ? 'better' : 'worse';
  if (options.direction === 'decrease') return movement === 'down' ? 'better' : 'worse';
  if (options.target === null || options.target === undefined) return 'neutral';
  const before = Math.abs(latest - delta - options.target);
  const now = Math.abs(latest - options.target);
  return now < before ? 'better' : now > before ? 'worse' : 'neutral';
}

/**
 * The latest period with a figure (ending no later than `through`), and the change since the
 * period immediately before it. Periods without a figure are skipped for "latest", but the
 * comparison is always with the directly preceding period: comparing with an older one would
 * present a two-quarter move as a one-quarter move.
 */
export function changeSincePrevious(points: readonly { period: string; value: number | null }[], options: ChangeOptions): Change | null {
  const limit = options.through ? periodEnd(options.through) : null;
  const byPeriod = new Map(points.map((p) => [p.period, p.value]));
  let latest: PeriodFigure | null = null;
  for (const p of points) {
    if (p.value === null || (limit !== null && periodStart(p.period) > limit)) continue;
    if (!latest || periodEnd(p.period) > periodEnd(latest.period)) latest = { period: p.period, value: p.value };
  }
  if (!latest) return null;
  const previousKey = previousPeriod(latest.period);
  const previousValue = byPeriod.get(previousKey) ?? null;
  const previous = { period: previousKey, value: previousValue };
  if (previousValue === null) return { latest, previous, delta: null, movement: null, assessment: null };
  const delta = roundTo(latest.value - previousValue, options.decimals);
  const movement = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  return { latest, previous, delta, movement, assessment: assess(movement, delta, latest.value, options) };
}

const MINUS = '\u2212';

/**
 * A change with its sign, in the indicator's unit: `+12 deltagare`, `−1,5`, `±0`. A percentage
 * moves in percentage points, never in per cent, so its unit is the given `pointsUnit`.
 */
export function formatSignedChange(
  delta: number,
  locale: Locale,
  fmt: { decimals: number; unit: string; measureType: MeasureType },
  pointsUnit: string,
): string {
  const sign = delta > 0 ? '+' : delta < 0 ? MINUS : '±';
  const size = Math.abs(delta);
  if (fmt.measureType === 'percentage' || fmt.unit.trim() === '%') {
    return `${sign}${formatNumber(size, locale, fmt.decimals)}\u00a0${pointsUnit}`;
  }
  return `${sign}${formatValue(size, locale, fmt)}`;
}
