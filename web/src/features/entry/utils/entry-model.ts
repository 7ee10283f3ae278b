// The data-entry sheet as data: which lines (indicators, split into numerator and denominator for
// percentages) and columns (actors, or "whole area" for population-level indicators) it has, what
// each cell shows, which cells changed, and what is wrong with them. The grid only draws this.
import { cellKey, expectsActor, MAX_ABS_VALUE, valueRuleIssues, type Actor, type Indicator, type Locale, type Measurement, type Role } from '@ci/shared';
import { formatInputNumber, parseNumber } from '../../../lib/parse-number';

export type Part = 'value' | 'numerator' | 'denominator';
/** The column of population-level values (`actorAggregation: none`, no actor). */
export const AREA = 'area';

export interface EntryLine {
  id: string;
  indicator: Indicator;
  part: Part;
}

export interface EntryColumn {
  /** An actor's id, or AREA. */
  id: string;
  actor: Actor | null;
}

/** Text typed into cells and not saved yet, by cell address. */
export type Drafts = Readonly<Record<string, string>>;

/** The saved value of each cell of the period, by `cellKey`. */
export type Saved = ReadonlyMap<string, Measurement>;

export type Problem =
  | 'notANumber'
  | 'tooLarge'
  | 'negative'
  | 'wholeNumbers'
  | 'tooManyDecimals'
  | 'partDecimals'
  | 'zeroDenominator'
  | 'needsBoth'
  | 'moreThanTotal'
  /** A disaggregated value whose dimensions add up to different totals. */
  | 'categoriesDisagree';

export function address(indicatorId: string, columnId: string, part: Part): string {
  return `${indicatorId}|${columnId}|${part}`;
}

export function actorIdOf(columnId: string): string | null {
  return columnId === AREA ? null : columnId;
}

export function savedKey(indicatorId: string, columnId: string, period: string): string {
  return cellKey({ indicatorId, actorId: actorIdOf(columnId), period, categoryId: null });
}

export function linesOf(indicators: readonly Indicator[]): EntryLine[] {
  return indicators.flatMap((indicator): EntryLine[] =>
    indicator.measureType === 'percentage'
      ? [
          { id: `${indicator.id}|numerator`, indicator, part: 'numerator' },
          { id: `${indicator.id}|denominator`, indicator, part: 'denominator' },
        ]
      : [{ id: `${indicator.id}|value`, indicator, part: 'value' }],
  );
}

export interface EntryAccess {
  role: Role;
  actorIds: readonly string[];
}

/**
 * The columns a person sees: editors and steering see every actor active in the period (and the
 * whole-area column when a population-level indicator is on the sheet); partners only their own.
 */
export function columnsOf(actors: readonly Actor[], indicators: readonly Indicator[], access: EntryAccess): EntryColumn[] {
  const perActor = indicators.some((i) => i.actorAggregation !== 'none');
  const area = indicators.some((i) => i.actorAggregation === 'none');
  if (access.role === 'partner') {
    return perActor ? actors.filter((a) => access.actorIds.includes(a.id)).map((actor) => ({ id: actor.id, actor })) : [];
  }
  return [...(area ? [{ id: AREA, actor: null }] : []), ...(perActor ? actors.map((actor) => ({ id: actor.id, actor })) : [])];
}

/** Whether an actor takes part during some of the period (joined before its end, not left before its start). */
export function activeIn(actor: Actor, start: string, end: string): boolean {
  return (actor.joinedOn === null || actor.joinedOn <= end) && (actor.leftOn === null || actor.leftOn > start);
}

/** A cell exists where the indicator is reported: per actor, or once for the whole area. */
export function cellExists(line: EntryLine, column: EntryColumn): boolean {
  return line.indicator.actorAggregation === 'none' ? column.id === AREA : column.id !== AREA;
}

/**
 * The indicators a partner's organisations are asked to report for a period (the shared
 * expected-reporter rule: chosen reporters, first reporting period, membership). Population-level
 * indicators are the backbone's and never among them. Other roles see every indicator.
 */
export function sheetIndicatorsFor(indicators: readonly Indicator[], actors: readonly Actor[], access: EntryAccess, period: string): Indicator[] {
  if (access.role !== 'partner') return [...indicators];
  const own = actors.filter((a) => access.actorIds.includes(a.id));
  return indicators.filter((indicator) => own.some((actor) => expectsActor(indicator, actor, period)));
}

/**
 * Whether the column's organisation is asked for this line's value in the period. Only a partner's
 * sheet is narrowed this way; the backbone can fill in anything, e.g. for an organisation that
 * sent its figures by e-mail.
 */
export function isExpectedCell(line: EntryLine, column: EntryColumn, period: string, access: EntryAccess): boolean {
  if (access.role !== 'partner') return true;
  return column.actor !== null && expectsActor(line.indicator, column.actor, period);
}

export function canWriteColumn(access: EntryAccess, column: EntryColumn): boolean {
  if (access.role === 'admin' || access.role === 'backbone') return true;
  return access.role === 'partner' && column.id !== AREA && access.actorIds.includes(column.id);
}

/**
 * Counts and flows (values that are summed) cannot be negative, nor can the parts of a
 * percentage; a mean or a level (an index, a balance) may be.
 */
export function allowsNegative(indicator: Indicator, part: Part): boolean {
  if (part !== 'value') return false;
  return indicator.actorAggregation !== 'sum' && indicator.timeAggregation !== 'sum';
}

export function savedText(saved: Saved, period: string, line: EntryLine, columnId: string, locale: Locale): string {
  const m = saved.get(savedKey(line.indicator.id, columnId, period));
  return m ? formatInputNumber(m[line.part], locale) : '';
}

export function cellText(drafts: Drafts, saved: Saved, period: string, line: EntryLine, columnId: string, locale: Locale): string {
  return drafts[address(line.indicator.id, columnId, line.part)] ?? savedText(saved, period, line, columnId, locale);
}

function savedNumber(saved: Saved, period: string, indicatorId: string, columnId: string, part: Part): number | null {
  return saved.get(savedKey(indicatorId, columnId, period))?.[part] ?? null;
}

/** Whether the cell's text means another number than the saved one (unparseable text counts). */
export function isDirty(drafts: Drafts, saved: Saved, period: string, line: EntryLine, columnId: string, locale: Locale): boolean {
  const draft = drafts[address(line.indicator.id, columnId, line.part)];
  if (draft === undefined) return false;
  const parsed = parseNumber(draft, locale);
  return !parsed.ok || parsed.value !== savedNumber(saved, period, line.indicator.id, columnId, line.part);
}

/**
 * What is wrong with the text of a cell, if anything (only changed cells are judged). Beyond the
 * text itself, the rules are the server's own (`valueRuleIssues`): what is refused at the door is
 * shown here before anything is sent.
 */
export function problemOf(
  drafts: Drafts,
  saved: Saved,
  period: string,
  line: EntryLine,
  columnId: string,
  locale: Locale,
): Problem | null {
  if (!isDirty(drafts, saved, period, line, columnId, locale) && !partnerDirty(drafts, saved, period, line, columnId, locale)) return null;
  const text = cellText(drafts, saved, period, line, columnId, locale);
  const other = line.part === 'value' ? '' : cellText(drafts, saved, period, otherPart(line), columnId, locale);
  return judgeText(line.indicator, line.part, text, other, locale);
}

/**
 * What is wrong with the text typed for one part of a value (a cell of the grid, or a category's
 * input); `otherText` is the other half of a percentage. The server's own rules (`valueRuleIssues`).
 */
export function judgeText(indicator: Indicator, part: Part, text: string, otherText: string, locale: Locale): Problem | null {
  const parsed = parseNumber(text, locale);
  if (!parsed.ok) return 'notANumber';
  const value = parsed.value;
  if (value === null) {
    if (part === 'value') return null;
    const other = parseNumber(otherText, locale);
    return other.ok && other.value !== null ? 'needsBoth' : null;
  }
  if (Math.abs(value) > MAX_ABS_VALUE) return 'tooLarge';
  if (value < 0 && !allowsNegative(indicator, part)) return 'negative';
  if (part === 'value') {
    if (valueRuleIssues(indicator, { value }).length === 0) return null;
    return indicator.decimals === 0 ? 'wholeNumbers' : 'tooManyDecimals';
  }
  const other = parseNumber(otherText, locale);
  const otherValue = other.ok ? other.value : null;
  const parts = part === 'numerator' ? { numerator: value, denominator: otherValue } : { numerator: otherValue, denominator: value };
  const issue = valueRuleIssues(indicator, parts).find((i) => i.field === part);
  switch (issue?.code) {
    case undefined:
      return null;
    case 'decimals':
      return 'partDecimals';
    case 'negativeNumerator':
      return 'negative';
    case 'denominatorNotPositive':
      return 'zeroDenominator';
    case 'numeratorAboveDenominator':
      return 'moreThanTotal';
  }
}

function otherPart(line: EntryLine): EntryLine {
  return { ...line, part: line.part === 'numerator' ? 'denominator' : 'numerator' };
}

/** The other half of a percentage changed: this half is judged with it. */
function partnerDirty(drafts: Drafts, saved: Saved, period: string, line: EntryLine, columnId: string, locale: Locale): boolean {
  if (line.part === 'value') return false;
  return isDirty(drafts, saved, period, otherPart(line), columnId, locale);
}

/** Sets a cell's text; typing the saved value back removes the draft. */
export function withDraft(drafts: Drafts, saved: Saved, period: string, line: EntryLine, columnId: string, text: string, locale: Locale): Drafts {
  const key = address(line.indicator.id, columnId, line.part);
  const next = { ...drafts };
  if (text === savedText(saved, period, line, columnId, locale)) delete next[key];
  else next[key] = text;
  return next;
}

export function withoutCell(drafts: Drafts, indicatorId: string, columnId: string): Drafts {
  const prefix = `${indicatorId}|${columnId}|`;
  return Object.fromEntries(Object.entries(drafts).filter(([key]) => !key.startsWith(prefix)));
}
