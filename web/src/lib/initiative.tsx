// The initiative on screen and the caller's access to it, provided by the layout to every page
// under /i/:initiativeId.
import { createContext, useContext, type ReactNode } from 'react';
import type { MembershipSummary } from '@ci/shared';

export type InitiativeAccess = MembershipSummary;

const InitiativeContext = createContext<InitiativeAccess | null>(null);

export function InitiativeProvider({ membership, children }: { membership: InitiativeAccess; children: ReactNode }) {
  return <InitiativeContext.Provider value={membership}>{children}</InitiativeContext.Provider>;
}

export function useInitiative(): InitiativeAccess {
  const value = useContext(InitiativeContext);
  if (!value) throw new Error('useInitiative is used outside an initiative route');
  return value;
}

/** The path of a screen inside an initiative: `/i/<id>/indicators/<id>`. */
export function initiativeRoute(initiativeId: string, path = ''): string {
  return `/i/${initiativeId}${path ? `/${path.replace(/^\//, '')}` : ''}`;
}
