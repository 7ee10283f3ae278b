// How far a headline moved since the period just before it, and whether that is good news. The
// two periods come from the server (`latest` and `previous` of a series or an overview indicator),
// so every screen compares the same two figures; this only rounds, signs and judges the move.
import type { Direction, Locale, MeasureType } from '@ci/shared';
import { formatNumber, formatValue } from './format';

export interface Change {
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
 * The change from the previous period's figure to the headline. Without a figure for the period
 * just before, there is no change: comparing with an older one would present a two-period move
 * as a one-period move.
 */
export function changeSincePrevious(latest: number, previous: number | null | undefined, options: ChangeOptions): Change {
  if (previous === null || previous === undefined) return { delta: null, movement: null, assessment: null };
  const delta = roundTo(latest - previous, options.decimals);
  const movement = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  return { delta, movement, assessment: assess(movement, delta, latest, options) };
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
