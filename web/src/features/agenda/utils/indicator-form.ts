// The indicator form as typed (numbers as text in the user's locale) and its conversion to the
// shared input schema, with every rule of the schema explained in the user's words.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  addPeriods,
  enumeratePeriods,
  inFrequency,
  indicatorInput,
  isPeriodKey,
  parsePeriodText,
  formatPeriod,
  periodLabel,
  periodOfDate,
  type ActorAggregation,
  type Direction,
  type Frequency,
  type Indicator,
  type IndicatorValues,
  type Locale,
  type MeasureType,
  type TimeAggregation,
} from '@ci/shared';
import { issueField, issueMessage, type FieldErrors } from '../../../components/form/form-errors';
import { formatInputNumber, parseNumber } from '../../../lib/parse-number';

export interface NamedEntry {
  id?: string;
  name: string;
}

export interface DimensionDraft extends NamedEntry {
  categories: NamedEntry[];
}

export interface IndicatorForm {
  code: string;
  name: string;
  definition: string;
  source: string;
  unit: string;
  decimals: string;
  measureType: MeasureType;
  direction: Direction;
  frequency: Frequency;
  actorAggregation: ActorAggregation;
  timeAggregation: TimeAggregation;
  baselineValue: string;
  baselinePeriod: string;
  targetValue: string;
  targetPeriod: string;
  goalId: string | null;
  archived: boolean;
  targets: { period: string; value: string }[];
  dimensions: DimensionDraft[];
  /** null: the default, every organisation that is not the backbone. */
  expectedActorIds: string[] | null;
  /** The first period in which values are expected, in the indicator's frequency. */
  reportingFrom: string;
  numeratorCanExceedDenominator: boolean;
}

export const PERIOD_EXAMPLE: Record<Frequency, string> = { month: '2025-03', quarter: '2025-Q1', half_year: '2025-H1', year: '2025' };

/** The hint under a period field: an example as the app writes it, and as its key where that reads differently. */
export function periodHint(frequency: Frequency, locale: Locale, t: TFunction): string {
  const key = PERIOD_EXAMPLE[frequency];
  const example = periodLabel(key, locale);
  return example === key ? t('agenda.indicators.periodHintOne', { example }) : t('agenda.indicators.periodHint', { example, key });
}

/** A period key as the form shows it (`2025-Q1` → `kv. 1 2025`); anything else unchanged. */
export function periodForForm(key: string | null, locale: Locale): string {
  return key && isPeriodKey(key) ? periodLabel(key, locale) : (key ?? '');
}

/** What was typed, rewritten the app's way when it reads as a period (`Q1 2025` → `kv. 1 2025` in Swedish). */
export function tidyPeriodText(text: string, locale: Locale): string {
  const p = parsePeriodText(text);
  return p ? periodLabel(formatPeriod(p), locale) : text;
}

/**
 * The key of a typed period, or why it is none: not a period at all, or one of another frequency
 * than the indicator's (`mars 2025` for a quarterly indicator).
 */
function periodFromText(text: string, frequency: Frequency, locale: Locale, t: TFunction): { key: string | null; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { key: null };
  const p = parsePeriodText(trimmed);
  if (!p) return { key: null, error: t('agenda.indicators.rules.periodUnknown', { text: trimmed }) };
  const key = formatPeriod(p);
  if (p.frequency !== frequency) {
    return {
      key: null,
      error: t(`agenda.indicators.rules.periodOtherFrequency.${frequency}`, { period: periodLabel(key, locale) }),
    };
  }
  return { key };
}

export function emptyIndicatorForm(goalId: string | null = null, today: Date = new Date()): IndicatorForm {
  return {
    code: '',
    name: '',
    definition: '',
    source: '',
    unit: '',
    decimals: '0',
    measureType: 'number',
    direction: 'increase',
    frequency: 'quarter',
    actorAggregation: 'sum',
    timeAggregation: 'sum',
    baselineValue: '',
    baselinePeriod: '',
    targetValue: '',
    targetPeriod: '',
    goalId,
    archived: false,
    targets: [],
    dimensions: [],
    expectedActorIds: null,
    // A new indicator is expected from the period it is created in, never for the past.
    reportingFrom: periodOfDate(today, 'quarter'),
    numeratorCanExceedDenominator: false,
  };
}

export function indicatorToForm(i: Indicator, locale: Locale): IndicatorForm {
  return {
    code: i.code,
    name: i.name,
    definition: i.definition,
    source: i.source,
    unit: i.unit,
    decimals: String(i.decimals),
    measureType: i.measureType,
    direction: i.direction,
    frequency: i.frequency,
    actorAggregation: i.actorAggregation,
    timeAggregation: i.timeAggregation,
    baselineValue: formatInputNumber(i.baselineValue, locale),
    baselinePeriod: periodForForm(i.baselinePeriod, locale),
    targetValue: formatInputNumber(i.targetValue, locale),
    targetPeriod: periodForForm(i.targetPeriod, locale),
    goalId: i.goalId,
    archived: i.archived,
    targets: i.targets.map((t) => ({ period: periodForForm(t.period, locale), value: formatInputNumber(t.value, locale) })),
    dimensions: i.dimensions.map((d) => ({ id: d.id, name: d.name, categories: d.categories.map((c) => ({ id: c.id, name: c.name })) })),
    expectedActorIds: i.expectedActorIds,
    reportingFrom: i.reportingFrom,
    numeratorCanExceedDenominator: i.numeratorCanExceedDenominator,
  };
}

/** The first reporting period carried over to another frequency: the period that holds it, or its first part. */
export function reportingFromIn(key: string, frequency: Frequency): string {
  return isPeriodKey(key) ? inFrequency(key, frequency, 'first') : key;
}

/** Periods offered as the first reporting period: about three years back and one ahead, newest first. */
export function reportingFromOptions(frequency: Frequency, include: string, today: Date = new Date()): string[] {
  const back = { month: 36, quarter: 12, half_year: 6, year: 4 }[frequency];
  const ahead = { month: 12, quarter: 4, half_year: 2, year: 1 }[frequency];
  const current = periodOfDate(today, frequency);
  const keys = enumeratePeriods(addPeriods(current, -back), addPeriods(current, ahead)).reverse();
  return isPeriodKey(include) && inFrequency(include, frequency, 'first') === include && !keys.includes(include) ? [...keys, include] : keys;
}

type Result = { ok: true; values: IndicatorValues } | { ok: false; errors: FieldErrors };

/** Maps a rule of the shared schema to a sentence for the person filling in the form. */
function ruleMessage(issue: z.core.$ZodIssue, form: IndicatorForm, t: TFunction): string | undefined {
  const field = issueField(issue.path);
  const message = issue.message;
  const example = PERIOD_EXAMPLE[form.frequency];
  if (message.startsWith('Expected a period key')) return t('agenda.indicators.rules.periodFormat', { example });
  if (message.startsWith('Must be a period of')) {
    return t('agenda.indicators.rules.periodFrequency', { frequency: t(`frequency.${form.frequency}`).toLowerCase(), example });
  }
  if (message.startsWith('Give both')) return t('agenda.indicators.rules.pair');
  if (message.startsWith('The target period must come after')) return t('agenda.indicators.rules.targetAfterBaseline');
  if (field === 'actorAggregation' && form.measureType === 'percentage') return t('agenda.indicators.rules.percentActors');
  if (field === 'timeAggregation' && form.measureType === 'percentage') return t('agenda.indicators.rules.percentTime');
  if (message.startsWith('Only one target per period')) return t('agenda.indicators.rules.oneTargetPerPeriod');
  if (message.startsWith('This indicator shows')) {
    const decimals = Number(form.decimals);
    return decimals === 0 ? t('agenda.indicators.rules.wholeNumbers') : t('agenda.indicators.rules.tooManyDecimals', { count: decimals });
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number' && field !== 'decimals') {
    return t('agenda.indicators.rules.bounded');
  }
  if (field === 'expectedActorIds') return t('agenda.indicators.rules.expectedActors');
  if (message.includes('must be distinct')) return t('agenda.indicators.rules.distinct');
  return undefined;
}

export function formToValues(form: IndicatorForm, locale: Locale, t: TFunction): Result {
  const errors: FieldErrors = {};
  const number = (field: string, text: string): number | null => {
    const parsed = parseNumber(text, locale);
    if (!parsed.ok) {
      errors[field] = t('formFields.number');
      return null;
    }
    return parsed.value;
  };
  // Periods are read in any form the app writes them (and as keys); the schema then sees keys only.
  const period = (field: string, text: string): string | null => {
    const read = periodFromText(text, form.frequency, locale, t);
    if (read.error) errors[field] = read.error;
    return read.key;
  };
  const decimals = Number(form.decimals.trim());
  const draft = {
    code: form.code.trim(),
    name: form.name.trim(),
    definition: form.definition,
    source: form.source,
    unit: form.unit.trim() || undefined,
    decimals: form.decimals.trim() === '' || !Number.isInteger(decimals) ? NaN : decimals,
    measureType: form.measureType,
    direction: form.direction,
    frequency: form.frequency,
    actorAggregation: form.actorAggregation,
    timeAggregation: form.timeAggregation,
    baselineValue: number('baselineValue', form.baselineValue),
    baselinePeriod: period('baselinePeriod', form.baselinePeriod),
    targetValue: number('targetValue', form.targetValue),
    targetPeriod: period('targetPeriod', form.targetPeriod),
    goalId: form.goalId,
    archived: form.archived,
    targets: form.targets.map((row, n) => ({ period: period(`targets.${n}.period`, row.period) ?? '', value: number(`targets.${n}.value`, row.value) ?? NaN })),
    dimensions: form.dimensions.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      name: d.name.trim(),
      categories: d.categories.map((c) => ({ ...(c.id ? { id: c.id } : {}), name: c.name.trim() })),
    })),
    // A population-level figure is the backbone's: no organisation is expected to report it.
    expectedActorIds: form.actorAggregation === 'none' ? null : form.expectedActorIds,
    reportingFrom: form.reportingFrom,
    numeratorCanExceedDenominator: form.measureType === 'percentage' && form.numeratorCanExceedDenominator,
  };
  const parsed = indicatorInput.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issueField(issue.path);
      if (errors[field]) continue;
      errors[field] = field === 'decimals' ? t('agenda.indicators.rules.decimals') : (ruleMessage(issue, form, t) ?? issueMessage(issue, t));
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, values: parsed.data };
}
