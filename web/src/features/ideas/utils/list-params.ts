// The ideas list's sort and filters live in the address, so a link (from the overview, or shared in
// a mail) opens the same view.
import { IDEA_SORTS, IDEA_STATUSES, type IdeaSort, type IdeaStatus } from '@ci/shared';
import type { IdeasQuery } from '../../../resources/ideas';

/** `open`: waiting for a decision; `all`; or one status. */
export type IdeaShow = 'open' | 'all' | IdeaStatus;
export const SHOW_OPTIONS: readonly IdeaShow[] = ['all', 'open', ...IDEA_STATUSES];

export interface IdeaView {
  sort: IdeaSort;
  show: IdeaShow;
  goalId: string | null;
}

export function viewFromParams(params: URLSearchParams): IdeaView {
  const sort = params.get('sort') as IdeaSort;
  const show = params.get('show') as IdeaShow;
  return {
    sort: IDEA_SORTS.includes(sort) ? sort : 'support',
    show: SHOW_OPTIONS.includes(show) ? show : 'all',
    goalId: params.get('goal') || null,
  };
}

export function writeView(params: URLSearchParams, view: IdeaView): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value === null ? next.delete(key) : next.set(key, value));
  set('sort', view.sort === 'support' ? null : view.sort);
  set('show', view.show === 'all' ? null : view.show);
  set('goal', view.goalId);
  return next;
}

export const isFiltered = (view: IdeaView) => view.show !== 'all' || view.goalId !== null;

/** The view as the API's list query. */
export function listQuery(view: IdeaView): IdeasQuery {
  return {
    sort: view.sort,
    ...(view.show === 'open' ? { open: 'true' as const } : view.show === 'all' ? {} : { status: view.show }),
    ...(view.goalId ? { goalId: view.goalId } : {}),
  };
}
