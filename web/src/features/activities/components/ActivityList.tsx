import type { Activity } from '@ci/shared';
import { ActivityCard, type Names } from './ActivityCard';

export function ActivityList({ activities, names, onOpen }: { activities: readonly Activity[]; names: Names; onOpen: (a: Activity) => void }) {
  return (
    <ul className="activity-list">
      {activities.map((a) => (
        <li key={a.id}>
          <ActivityCard activity={a} names={names} onOpen={() => onOpen(a)} />
        </li>
      ))}
    </ul>
  );
}
