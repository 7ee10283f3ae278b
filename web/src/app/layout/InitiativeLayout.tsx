import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { InitiativeProvider } from '../../lib/initiative';
import { writePreference } from '../../lib/storage';
import { NotFoundPage } from '../NotFoundPage';

/** Pages of one initiative: only for its members (others see "not found", as from the API). */
export function InitiativeLayout() {
  const { initiativeId } = useParams();
  const me = useMe().data;
  const membership = me?.memberships.find((m) => m.initiativeId === initiativeId);

  useEffect(() => {
    if (membership) writePreference('lastInitiative', membership.initiativeId);
  }, [membership]);

  if (!membership) return <NotFoundPage />;
  return (
    <InitiativeProvider membership={membership}>
      <Outlet />
    </InitiativeProvider>
  );
}
