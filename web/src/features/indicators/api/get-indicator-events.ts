import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { activitiesQueryOptions } from '../../../resources/activities';
import { meetingsQueryOptions } from '../../../resources/meetings';
import type { TimedThing } from '../utils/markers';

/**
 * Activities that serve the indicator and meetings whose agenda took it up, for the chart's time
 * axis. They are context: while they load, or if they fail, the chart is drawn without them.
 */
export function useIndicatorEvents(initiativeId: string, indicatorId: string): TimedThing[] {
  const activities = useQuery({ ...activitiesQueryOptions(initiativeId, { indicatorId }), retry: false });
  const meetings = useQuery(meetingsQueryOptions(initiativeId, { indicatorId }));
  // The same array until either list changes, so the chart (memoised) is not drawn again for nothing.
  return useMemo(() => {
    const out: TimedThing[] = [];
    for (const a of activities.data ?? []) {
      if (a.startDate) out.push({ id: a.id, kind: 'activity', label: a.title, start: a.startDate, end: a.endDate });
    }
    for (const m of meetings.data ?? []) {
      if (m.status !== 'cancelled') out.push({ id: m.id, kind: 'meeting', label: m.title, start: m.startsAt });
    }
    return out;
  }, [activities.data, meetings.data]);
}
