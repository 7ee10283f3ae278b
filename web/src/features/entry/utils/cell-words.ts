// The words for a cell's state, shared by the problem list, the line above the sheet and the
// cell's own description, so a problem reads the same wherever it is shown.
import type { TFunction } from 'i18next';
import type { Indicator, Measurement } from '@ci/shared';
import type { Problem } from './entry-model';

export function problemText(t: TFunction, problem: Problem, text: string, indicator: Indicator): string {
  if (problem === 'categoriesDisagree') return t('categories.problems.disagree');
  return t(`entry.problems.${problem}`, { text, count: indicator.decimals });
}

/** A category as people read it: `Gender: Girls`. */
export function categoryName(indicator: Indicator, categoryId: string): string {
  for (const d of indicator.dimensions) {
    const c = d.categories.find((x) => x.id === categoryId);
    if (c) return `${d.name}: ${c.name}`;
  }
  return '';
}

/** Why a saved value stands out: sent back (with the reason) or a draft not submitted yet. */
export function savedNote(t: TFunction, saved: Measurement | undefined): string {
  if (saved?.status === 'returned') return t('entry.info.returned', { reason: saved.returnReason ?? '' });
  if (saved?.status === 'draft') return t('entry.info.draft');
  return '';
}
