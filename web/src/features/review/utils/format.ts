import type { Locale, PreviousCellValue, ReviewItem } from '@ci/shared';
import { formatNumber, formatValue } from '../../../lib/format';
import { formatReadable } from '../../../lib/parse-number';
import { shownValue } from './compare';
import type { ReviewIndicator } from './group';

const MINUS = '\u2212';

type Shown = Pick<ReviewItem, 'value' | 'numerator' | 'denominator'> | PreviousCellValue;

/** A figure split into its number and its unit, so that a narrow column can wrap between them. */
export interface FigureParts {
  number: string;
  unit: string;
  /** A percentage's `numerator / denominator`, shown under it. */
  fraction?: string;
}

/** The unit written after a number; none for percentages, whose number carries the percent sign. */
function unitOf(indicator: ReviewIndicator): string {
  const unit = indicator.unit.trim();
  return indicator.measureType === 'percentage' || unit === '%' ? '' : unit;
}

/** A value as the partner entered it: the number and unit, or a percentage and its fraction. */
export function valueParts(v: Shown, indicator: ReviewIndicator, locale: Locale): FigureParts {
  const unit = unitOf(indicator);
  const shown = shownValue(v);
  const number = unit ? (shown === null ? '–' : formatNumber(shown, locale, indicator.decimals)) : formatValue(shown, locale, indicator);
  if (v.numerator === null || v.denominator === null) return { number, unit };
  return { number, unit, fraction: `${formatReadable(v.numerator, locale)} / ${formatReadable(v.denominator, locale)}` };
}

/** The same in one line: `120 people`, `45 / 60 (75 %)`. */
export function valueText(v: Shown, indicator: ReviewIndicator, locale: Locale): string {
  const { number, unit, fraction } = valueParts(v, indicator, locale);
  if (fraction) return `${fraction} (${number})`;
  return unit ? `${number}\u00a0${unit}` : number;
}

/**
 * A change in the indicator's unit, always signed (`+20 people`, `−3 %`); for a percentage in
 * percentage points, `points` being the unit's name (`+5 p.p.`).
 */
export function changeParts(change: number, indicator: ReviewIndicator, locale: Locale, points: string): FigureParts {
  const sign = change > 0 ? '+' : change < 0 ? MINUS : '±';
  const magnitude = Math.abs(change);
  if (indicator.measureType === 'percentage') return { number: `${sign}${formatNumber(magnitude, locale, indicator.decimals)}`, unit: points };
  const unit = unitOf(indicator);
  return { number: `${sign}${unit ? formatNumber(magnitude, locale, indicator.decimals) : formatValue(magnitude, locale, indicator)}`, unit };
}

/** A category as people read it: its dimension and name (`Gender: Girls`); the name alone without a dimension. */
export function categoryLabel(item: Pick<ReviewItem, 'categoryName' | 'dimensionName'>): string {
  if (item.categoryName === null) return '';
  return item.dimensionName ? `${item.dimensionName}: ${item.categoryName}` : item.categoryName;
}
