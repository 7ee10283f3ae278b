// The route table.
//
// To add a feature screen: build it in web/src/features/<area>/components/<Screen>.tsx with a
// default export, then add ONE entry below, under the initiative layout when it belongs to an
// initiative:
//     { path: 'activities', ...screen(() => import('../features/activities/components/ActivitiesPage')) }
// Each feature is its own chunk (React.lazy), so the first page only loads sign-in and the shell.
// A screen opened directly (a reload, a shared link) has its code fetched at once, with the shell's
// (app/preload.ts); a second argument, `prefetch`, asks for its main data at the same time.
// The screen finds its initiative and the caller's role with useInitiative() (lib/initiative).
// If the section belongs in the top navigation, it is listed with its roles in app/nav.ts.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { RoutePreload } from './preload';
import { Loading } from '../components/ui/States';
import { SignInPage } from '../features/auth/components/SignInPage';
import { RequireAuth } from './RequireAuth';
import { InitiativeLayout } from './layout/InitiativeLayout';
import { StartPage } from '../features/auth/components/StartPage';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

/** A lazily loaded screen: its element, and a handle that lets app/preload.ts start it early. */
function screen(load: () => Promise<{ default: ComponentType }>, prefetch?: RoutePreload['prefetch']): Pick<RouteObject, 'element' | 'handle'> {
  const handle: RoutePreload = { preload: load, prefetch };
  return { element: page(lazy(load)), handle };
}

// The shell behind the sign-in (its menus, dialogs and notifications) is a chunk of its own: the
// sign-in page never loads it.
const loadAppShell = () => import('./layout/AppShell').then((m) => ({ default: m.AppShell }));

export const routes: RouteObject[] = [
  { path: '/login', element: <SignInPage />, errorElement: <RouteError /> },
  { path: '/public/:initiativeId', ...screen(() => import('../features/public/components/PublicPage')), errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      { path: 'i/:initiativeId/present', element: <InitiativeLayout />, errorElement: <RouteError />, children: [{ index: true, ...screen(() => import('../features/presentation/components/PresentationPage')) }] },
      {
        ...screen(loadAppShell),
        errorElement: <RouteError />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'new-initiative', ...screen(() => import('../features/settings/components/NewInitiativePage')) },
          {
            path: 'i/:initiativeId',
            element: <InitiativeLayout />,
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                ...screen(
                  () => import('../features/overview/components/OverviewPage'),
                  (queryClient, { initiativeId = '' }) => import('../features/overview/api/get-overview').then((m) => m.prefetchOverview(queryClient, initiativeId)),
                ),
              },
              {
                path: 'indicators/:indicatorId',
                ...screen(
                  () => import('../features/indicators/components/IndicatorPage'),
                  (queryClient, { initiativeId = '', indicatorId = '' }) =>
                    import('../features/indicators/api/get-indicator').then((m) => m.prefetchIndicator(queryClient, initiativeId, indicatorId)),
                ),
              },
              { path: 'actors/:actorId', ...screen(() => import('../features/actors/components/ActorPage')) },
              { path: 'directory', ...screen(() => import('../features/actors/components/DirectoryPage')) },

              // Slots for screens that are built in their own feature folders. Replace the
              // element with the feature's lazy page when it lands.
              { path: 'entry', ...screen(() => import('../features/entry/components/EntryPage')) },
              { path: 'entry/import', ...screen(() => import('../features/imports/components/ImportPage')) },
              { path: 'completeness', ...screen(() => import('../features/completeness/components/CompletenessPage')) },
              { path: 'review', ...screen(() => import('../features/review/components/ReviewPage')) },
              { path: 'agenda', ...screen(() => import('../features/agenda/components/AgendaPage')) },
              { path: 'activities', ...screen(() => import('../features/activities/components/ActivitiesPage')) },
              { path: 'ideas', ...screen(() => import('../features/ideas/components/IdeasPage')) },
              { path: 'ideas/:ideaId', ...screen(() => import('../features/ideas/components/IdeaPage')) },
              { path: 'meetings', ...screen(() => import('../features/meetings/components/MeetingsPage')) },
              { path: 'meetings/:meetingId', ...screen(() => import('../features/meetings/components/MeetingPage')) },
              { path: 'members', ...screen(() => import('../features/members/components/MembersPage')) },
              { path: 'reports', ...screen(() => import('../features/reports/components/ReportsPage')) },
              { path: 'settings', ...screen(() => import('../features/settings/components/SettingsPage')) },

              { path: '*', element: <NotFoundPage /> },
            ],
          },
          { path: 'i', element: <Navigate to="/" replace /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
