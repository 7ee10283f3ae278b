// The activity filters, kept in the address so a filtered view can be bookmarked or shared.
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus } from '@ci/shared';

export type ActivityView = 'list' | 'board' | 'year';

export interface ActivityFilter {
  goalId: string | null;
  status: ActivityStatus | null;
  actorId: string | null;
  workingGroupId: string | null;
  q: string;
}

export const VIEWS: readonly ActivityView[] = ['list', 'board', 'year'];

export function filterFromParams(params: URLSearchParams): ActivityFilter {
  const status = params.get('status');
  return {
    goalId: params.get('goal'),
    status: ACTIVITY_STATUSES.includes(status as ActivityStatus) ? (status as ActivityStatus) : null,
    actorId: params.get('actor'),
    workingGroupId: params.get('group'),
    q: params.get('q') ?? '',
  };
}

export function writeFilter(params: URLSearchParams, filter: ActivityFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  set('goal', filter.goalId);
  set('status', filter.status);
  set('actor', filter.actorId);
  set('group', filter.workingGroupId);
  set('q', filter.q.trim() ? filter.q : null);
  return next;
}

export function isFiltered(f: ActivityFilter): boolean {
  return Boolean(f.goalId || f.status || f.actorId || f.workingGroupId || f.q.trim());
}

const fold = (s: string) => s.toLocaleLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');

export function applyFilter(activities: readonly Activity[], f: ActivityFilter): Activity[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  return activities
    .filter((a) => !f.goalId || a.goalIds.includes(f.goalId))
    .filter((a) => !f.status || a.status === f.status)
    .filter((a) => !f.actorId || a.leadActorId === f.actorId || a.participantActorIds.includes(f.actorId))
    .filter((a) => !f.workingGroupId || a.workingGroupId === f.workingGroupId)
    .filter((a) => {
      if (words.length === 0) return true;
      const text = fold([a.title, a.description, a.how, a.when, a.who].join(' '));
      return words.every((w) => text.includes(w));
    })
    .sort(byPriority);
}

/** The priority order everywhere on this screen: lower priority first, then by title. */
export function byPriority(a: Activity, b: Activity): number {
  return a.priority - b.priority || a.title.localeCompare(b.title);
}
