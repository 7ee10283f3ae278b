// A disaggregated cell as data: the text typed per category, what it means, and the total the
// categories give by the shared rule (@ci/shared `derivedTotal`), the same one the server checks.
// The grid shows that total in the cell; the category editor is where the figures are typed.
import {
  cellKey,
  derivedTotal,
  dimensionTotals,
  figureOf,
  type Combined,
  type Figure,
  type Indicator,
  type Locale,
  type Measurement,
} from '@ci/shared';
import { formatInputNumber, parseNumber } from '../../../lib/parse-number';
import { actorIdOf, address, cellText, judgeText, savedKey, type Drafts, type Part, type Problem, type Saved } from './entry-model';

/** Saved category values of the period, by `cellKey` (with the category). */
export type SavedCategories = ReadonlyMap<string, Measurement>;

export function isDisaggregated(indicator: Indicator): boolean {
  return indicator.dimensions.some((d) => d.categories.length > 0);
}

/** The parts typed per category: a value, or a percentage's numerator and denominator. */
export function partsOf(indicator: Indicator): Part[] {
  return indicator.measureType === 'percentage' ? ['numerator', 'denominator'] : ['value'];
}

export function categoryAddress(indicatorId: string, columnId: string, part: Part, categoryId: string): string {
  return `${address(indicatorId, columnId, part)}|${categoryId}`;
}

export function savedCategoryKey(indicatorId: string, columnId: string, period: string, categoryId: string): string {
  return cellKey({ indicatorId, actorId: actorIdOf(columnId), period, categoryId });
}

export interface CategoryInput {
  categoryId: string;
  part: Part;
}

export interface CellInput {
  drafts: Drafts;
  saved: Saved;
  savedCategories: SavedCategories;
  period: string;
  indicator: Indicator;
  columnId: string;
  locale: Locale;
}

export function savedCategoryText(c: CellInput, categoryId: string, part: Part): string {
  const m = c.savedCategories.get(savedCategoryKey(c.indicator.id, c.columnId, c.period, categoryId));
  return m ? formatInputNumber(m[part], c.locale) : '';
}

export function categoryText(c: CellInput, categoryId: string, part: Part): string {
  return c.drafts[categoryAddress(c.indicator.id, c.columnId, part, categoryId)] ?? savedCategoryText(c, categoryId, part);
}

/** The text of the cell's own total (typed only when no category has a value). */
export function totalText(c: CellInput, part: Part): string {
  return cellText(c.drafts, c.saved, c.period, { id: '', indicator: c.indicator, part }, c.columnId, c.locale);
}

function number(text: string, locale: Locale): number | null {
  const parsed = parseNumber(text, locale);
  return parsed.ok ? parsed.value : null;
}

function figureFrom(read: (part: Part) => string, indicator: Indicator, locale: Locale): Figure {
  return indicator.measureType === 'percentage'
    ? { numerator: number(read('numerator'), locale), denominator: number(read('denominator'), locale) }
    : { value: number(read('value'), locale) };
}

export function categoryFigure(c: CellInput, categoryId: string): Figure {
  return figureFrom((part) => categoryText(c, categoryId, part), c.indicator, c.locale);
}

export interface CellFigures {
  /** Each category's figure as typed (parts that are no number are null). */
  categories: Map<string, Figure>;
  /** The categories' total by the rule, or the cell's own total when no category has a value. */
  total: Combined | null;
  /** Whether the total comes from the categories. */
  derived: boolean;
  /** Each dimension's own total, to show next to it and to find the one that does not match. */
  dimensions: ReturnType<typeof dimensionTotals>;
  /** Dimensions with values that add up to different totals: cannot be saved. */
  disagree: boolean;
}

export function figuresOf(
  indicator: Indicator,
  locale: Locale,
  categoryTextOf: (categoryId: string, part: Part) => string,
  ownTotalText: (part: Part) => string,
): CellFigures {
  const rules = { measureType: indicator.measureType, decimals: indicator.decimals, dimensions: indicator.dimensions };
  const categories = new Map<string, Figure>();
  for (const d of indicator.dimensions) {
    for (const c of d.categories) categories.set(c.id, figureFrom((part) => categoryTextOf(c.id, part), indicator, locale));
  }
  const derived = derivedTotal(rules, categories);
  const dimensions = dimensionTotals(rules, categories);
  const withValues = dimensions.filter((d) => d.combined !== null).map((d) => JSON.stringify(d.combined));
  return {
    categories,
    total: derived ?? figureOf(indicator.measureType, figureFrom(ownTotalText, indicator, locale)),
    derived: derived !== null,
    dimensions,
    disagree: new Set(withValues).size > 1,
  };
}

export function cellFigures(c: CellInput): CellFigures {
  return figuresOf(
    c.indicator,
    c.locale,
    (categoryId, part) => categoryText(c, categoryId, part),
    (part) => totalText(c, part),
  );
}

/** One part of a combined figure, as the grid's text. */
export function partText(total: Combined | null, part: Part, locale: Locale): string {
  if (total === null) return '';
  const n = 'value' in total ? (part === 'value' ? total.value : null) : part === 'value' ? null : total[part];
  return formatInputNumber(n, locale);
}

export function categoryDirty(c: CellInput, categoryId: string, part: Part): boolean {
  const draft = c.drafts[categoryAddress(c.indicator.id, c.columnId, part, categoryId)];
  if (draft === undefined) return false;
  const parsed = parseNumber(draft, c.locale);
  const savedValue = c.savedCategories.get(savedCategoryKey(c.indicator.id, c.columnId, c.period, categoryId))?.[part] ?? null;
  return !parsed.ok || parsed.value !== savedValue;
}

function totalDirty(c: CellInput, part: Part): boolean {
  const draft = c.drafts[address(c.indicator.id, c.columnId, part)];
  if (draft === undefined) return false;
  const parsed = parseNumber(draft, c.locale);
  return !parsed.ok || parsed.value !== (c.saved.get(savedKey(c.indicator.id, c.columnId, c.period))?.[part] ?? null);
}

/** Every category input of the indicator, in display order. */
export function inputsOf(indicator: Indicator): CategoryInput[] {
  return indicator.dimensions.flatMap((d) => d.categories.flatMap((c) => partsOf(indicator).map((part) => ({ categoryId: c.id, part }))));
}

/** Whether anything of the cell (a category or its own total) differs from what is saved. */
export function disaggregatedDirty(c: CellInput): boolean {
  return inputsOf(c.indicator).some((i) => categoryDirty(c, i.categoryId, i.part)) || partsOf(c.indicator).some((p) => totalDirty(c, p));
}

const other = (part: Part): Part => (part === 'numerator' ? 'denominator' : 'numerator');

/** What is wrong with one category input, by the same rules as a cell of the grid. */
export function categoryProblem(indicator: Indicator, locale: Locale, text: (categoryId: string, part: Part) => string, input: CategoryInput): Problem | null {
  return judgeText(indicator, input.part, text(input.categoryId, input.part), input.part === 'value' ? '' : text(input.categoryId, other(input.part)), locale);
}

export interface DisaggregatedProblem {
  problem: Problem;
  /** The category input it is about; absent for the cell as a whole. */
  input?: CategoryInput;
  text: string;
}

/** The first thing that keeps a changed disaggregated cell from being saved, or null. */
export function disaggregatedProblem(c: CellInput): DisaggregatedProblem | null {
  if (!disaggregatedDirty(c)) return null;
  const text = (categoryId: string, part: Part) => categoryText(c, categoryId, part);
  for (const input of inputsOf(c.indicator)) {
    const problem = categoryProblem(c.indicator, c.locale, text, input);
    if (problem) return { problem, input, text: text(input.categoryId, input.part) };
  }
  const figures = cellFigures(c);
  if (figures.disagree) return { problem: 'categoriesDisagree', text: '' };
  if (!figures.derived) {
    for (const part of partsOf(c.indicator)) {
      const own = totalText(c, part);
      const problem = judgeText(c.indicator, part, own, part === 'value' ? '' : totalText(c, other(part)), c.locale);
      if (problem) return { problem, text: own };
    }
  }
  return null;
}

/** What the category editor hands back: the text of each category input, and of the cell's own total. */
export interface CategoryTexts {
  /** By `categoryAddress`-like key `${categoryId}|${part}`. */
  categories: Record<string, string>;
  total: Partial<Record<Part, string>>;
}

export const textKey = (categoryId: string, part: Part) => `${categoryId}|${part}`;

/**
 * The drafts after the category editor's Done: a text equal to the saved one is no draft. The
 * cell's own total is only kept while no category has a value (else the categories give it).
 */
export function withCategoryDrafts(drafts: Drafts, c: CellInput, texts: CategoryTexts): Drafts {
  const next: Record<string, string> = { ...drafts };
  for (const { categoryId, part } of inputsOf(c.indicator)) {
    const key = categoryAddress(c.indicator.id, c.columnId, part, categoryId);
    const text = texts.categories[textKey(categoryId, part)] ?? '';
    if (text.trim() === savedCategoryText(c, categoryId, part)) delete next[key];
    else next[key] = text;
  }
  const anyCategory = Object.values(texts.categories).some((t) => t.trim() !== '');
  for (const part of partsOf(c.indicator)) {
    const key = address(c.indicator.id, c.columnId, part);
    const savedTotal = formatInputNumber(c.saved.get(savedKey(c.indicator.id, c.columnId, c.period))?.[part] ?? null, c.locale);
    const text = anyCategory ? undefined : texts.total[part];
    if (text === undefined || text.trim() === savedTotal) delete next[key];
    else next[key] = text;
  }
  return next;
}
