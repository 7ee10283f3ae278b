// Query key factories, one per area. Every key of an initiative starts with
// ['initiative', initiativeId], so a write can invalidate everything it may have changed at once.
export const authKeys = {
  me: () => ['me'] as const,
};

export const initiativeKeys = {
  all: () => ['initiatives'] as const,
  scope: (initiativeId: string) => ['initiative', initiativeId] as const,
  detail: (initiativeId: string) => ['initiative', initiativeId, 'detail'] as const,
};

export const overviewKeys = {
  detail: (initiativeId: string) => ['initiative', initiativeId, 'overview'] as const,
  completenessAll: (initiativeId: string) => ['initiative', initiativeId, 'completeness'] as const,
  completeness: (initiativeId: string, period: string) => ['initiative', initiativeId, 'completeness', period] as const,
};

export const goalKeys = {
  list: (initiativeId: string) => ['initiative', initiativeId, 'goals'] as const,
};

export const indicatorKeys = {
  all: (initiativeId: string) => ['initiative', initiativeId, 'indicators'] as const,
  list: (initiativeId: string) => ['initiative', initiativeId, 'indicators', 'list'] as const,
  detail: (initiativeId: string, indicatorId: string) => ['initiative', initiativeId, 'indicators', indicatorId] as const,
  series: (initiativeId: string, indicatorId: string, params: { from?: string; to?: string; frequency?: string }) =>
    ['initiative', initiativeId, 'indicators', indicatorId, 'series', params] as const,
};

export const narrativeKeys = {
  list: (initiativeId: string, indicatorId: string) => ['initiative', initiativeId, 'narratives', { indicatorId }] as const,
};

export const actorKeys = {
  all: (initiativeId: string) => ['initiative', initiativeId, 'actors'] as const,
  list: (initiativeId: string) => ['initiative', initiativeId, 'actors', 'list'] as const,
  detail: (initiativeId: string, actorId: string) => ['initiative', initiativeId, 'actors', actorId] as const,
};

export const measurementKeys = {
  all: (initiativeId: string) => ['initiative', initiativeId, 'measurements'] as const,
  list: (initiativeId: string, filter: { actorId?: string; indicatorId?: string; from?: string; to?: string; status?: string; period?: string }) =>
    ['initiative', initiativeId, 'measurements', filter] as const,
};

export const activityKeys = {
  list: (initiativeId: string, filter: Record<string, string | undefined> = {}) =>
    ['initiative', initiativeId, 'activities', filter] as const,
};

export const meetingKeys = {
  list: (initiativeId: string, filter: { indicatorId?: string; actorId?: string } = {}) => ['initiative', initiativeId, 'meetings', 'list', filter] as const,
  /** An actor's attendance per quarter: under the meetings, so any write to a meeting refreshes it. */
  attendance: (initiativeId: string, actorId: string) => ['initiative', initiativeId, 'meetings', 'attendance', actorId] as const,
  detail: (initiativeId: string, meetingId: string) => ['initiative', initiativeId, 'meetings', meetingId] as const,
};

export const ideaKeys = {
  all: (initiativeId: string) => ['initiative', initiativeId, 'ideas'] as const,
  list: (initiativeId: string, query: Record<string, string | undefined> = {}) => ['initiative', initiativeId, 'ideas', 'list', query] as const,
  detail: (initiativeId: string, ideaId: string) => ['initiative', initiativeId, 'ideas', 'detail', ideaId] as const,
  comments: (initiativeId: string, ideaId: string) => ['initiative', initiativeId, 'ideas', 'comments', ideaId] as const,
};

export interface CellRef {
  indicatorId: string;
  /** Null: a population-level value, or the thread on the indicator and period. */
  actorId: string | null;
  period: string;
  categoryId?: string | null;
}

export const historyKeys = {
  // Under the measurement keys: every write to values refreshes the histories on screen.
  cell: (initiativeId: string, cell: CellRef) => ['initiative', initiativeId, 'measurements', 'history', cell] as const,
};

export const commentKeys = {
  all: (initiativeId: string) => ['initiative', initiativeId, 'comments'] as const,
  thread: (initiativeId: string, thread: CellRef) => ['initiative', initiativeId, 'comments', 'thread', thread] as const,
  counts: (initiativeId: string, filter: { period?: string; indicatorId?: string }) => ['initiative', initiativeId, 'comments', 'counts', filter] as const,
};
