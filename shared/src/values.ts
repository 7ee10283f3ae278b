// The rules every stored number obeys, checked at the door by the server and inline by the forms,
// so that what is stored is exactly what every view and export can show.
import { z } from 'zod';

/** The largest magnitude of any value, numerator, denominator, baseline or target. */
export const MAX_ABS_VALUE = 1e12;

/** A finite number within ±MAX_ABS_VALUE. */
export const boundedNumber = z
  .number()
  .min(-MAX_ABS_VALUE, { message: `Must be at least −${MAX_ABS_VALUE.toExponential()} (−1 000 000 000 000)` })
  .max(MAX_ABS_VALUE, { message: `Must be at most ${MAX_ABS_VALUE.toExponential()} (1 000 000 000 000)` });

/** Whether a number has no more than `decimals` decimals, i.e. shows exactly as stored. */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  if (!Number.isFinite(value)) return false;
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  return Number(value.toFixed(d)) === value;
}

/** Decimals allowed for the numerator and denominator of a percentage (they are counted, not shown). */
export const PART_DECIMALS = 6;

export interface ValueRuleIndicator {
  measureType: 'number' | 'percentage';
  decimals: number;
  numeratorCanExceedDenominator: boolean;
}

export interface ValueRuleIssue {
  /** `value`, `numerator` or `denominator`. */
  field: 'value' | 'numerator' | 'denominator';
  code: 'decimals' | 'numeratorAboveDenominator' | 'denominatorNotPositive' | 'negativeNumerator';
  message: string;
}

function decimalsMessage(decimals: number): string {
  return decimals === 0
    ? 'This indicator counts whole numbers: no decimals'
    : `This indicator has ${decimals} decimal${decimals === 1 ? '' : 's'}: give at most ${decimals}`;
}

/**
 * What is wrong with a value for an indicator, beyond its shape and bounds: more decimals than the
 * indicator shows (refused, never rounded), a numerator above its denominator (unless allowed), a
 * denominator that is not positive.
 */
export function valueRuleIssues(
  indicator: ValueRuleIndicator,
  v: { value?: number | null; numerator?: number | null; denominator?: number | null },
): ValueRuleIssue[] {
  const issues: ValueRuleIssue[] = [];
  if (v.value !== undefined && v.value !== null && !hasAtMostDecimals(v.value, indicator.decimals)) {
    issues.push({ field: 'value', code: 'decimals', message: decimalsMessage(indicator.decimals) });
  }
  for (const part of ['numerator', 'denominator'] as const) {
    const n = v[part];
    if (n !== undefined && n !== null && !hasAtMostDecimals(n, PART_DECIMALS)) {
      issues.push({ field: part, code: 'decimals', message: `Give the ${part} with at most ${PART_DECIMALS} decimals` });
    }
  }
  const { numerator, denominator } = v;
  if (numerator !== undefined && numerator !== null && numerator < 0) {
    issues.push({ field: 'numerator', code: 'negativeNumerator', message: 'The numerator cannot be negative' });
  }
  if (denominator !== undefined && denominator !== null && denominator <= 0) {
    issues.push({ field: 'denominator', code: 'denominatorNotPositive', message: 'The denominator must be greater than 0' });
  }
  if (
    !indicator.numeratorCanExceedDenominator &&
    numerator !== undefined &&
    numerator !== null &&
    denominator !== undefined &&
    denominator !== null &&
    denominator > 0 &&
    numerator > denominator
  ) {
    issues.push({
      field: 'numerator',
      code: 'numeratorAboveDenominator',
      message: 'The numerator is larger than the denominator (more than 100 %); this indicator does not allow that',
    });
  }
  return issues;
}
