// The route table.
//
// To add a feature screen: build it in web/src/features/<area>/components/<Screen>.tsx with a
// default export, then add ONE entry below, under the initiative layout when it belongs to an
// initiative:
//     { path: 'activities', element: page(lazy(() => import('../features/activities/components/ActivitiesPage'))) }
// Each feature is its own chunk (React.lazy), so the first page only loads sign-in and the shell.
// The screen finds its initiative and the caller's role with useInitiative() (lib/initiative).
// If the section belongs in the top navigation, it is listed with its roles in app/nav.ts.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
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

// The shell behind the sign-in (its menus, dialogs and notifications) is a chunk of its own: the
// sign-in page never loads it.
const AppShell = lazy(() => import('./layout/AppShell').then((m) => ({ default: m.AppShell })));
const OverviewPage = lazy(() => import('../features/overview/components/OverviewPage'));
const IndicatorPage = lazy(() => import('../features/indicators/components/IndicatorPage'));
const ActorPage = lazy(() => import('../features/actors/components/ActorPage'));
const DirectoryPage = lazy(() => import('../features/actors/components/DirectoryPage'));

export const routes: RouteObject[] = [
  { path: '/login', element: <SignInPage />, errorElement: <RouteError /> },
  { path: '/public/:initiativeId', element: page(lazy(() => import('../features/public/components/PublicPage'))), errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      { path: 'i/:initiativeId/present', element: <InitiativeLayout />, errorElement: <RouteError />, children: [{ index: true, element: page(lazy(() => import('../features/presentation/components/PresentationPage'))) }] },
      {
        element: page(AppShell),
        errorElement: <RouteError />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'new-initiative', element: page(lazy(() => import('../features/settings/components/NewInitiativePage'))) },
          {
            path: 'i/:initiativeId',
            element: <InitiativeLayout />,
            errorElement: <RouteError />,
            children: [
              { index: true, element: page(OverviewPage) },
              { path: 'indicators/:indicatorId', element: page(IndicatorPage) },
              { path: 'actors/:actorId', element: page(ActorPage) },
              { path: 'directory', element: page(DirectoryPage) },

              // Slots for screens that are built in their own feature folders. Replace the
              // element with the feature's lazy page when it lands.
              { path: 'entry', element: page(lazy(() => import('../features/entry/components/EntryPage'))) },
              { path: 'entry/import', element: page(lazy(() => import('../features/imports/components/ImportPage'))) },
              { path: 'completeness', element: page(lazy(() => import('../features/completeness/components/CompletenessPage'))) },
              { path: 'review', element: page(lazy(() => import('../features/review/components/ReviewPage'))) },
              { path: 'agenda', element: page(lazy(() => import('../features/agenda/components/AgendaPage'))) },
              { path: 'activities', element: page(lazy(() => import('../features/activities/components/ActivitiesPage'))) },
              { path: 'ideas', element: page(lazy(() => import('../features/ideas/components/IdeasPage'))) },
              { path: 'ideas/:ideaId', element: page(lazy(() => import('../features/ideas/components/IdeaPage'))) },
              { path: 'meetings', element: page(lazy(() => import('../features/meetings/components/MeetingsPage'))) },
              { path: 'meetings/:meetingId', element: page(lazy(() => import('../features/meetings/components/MeetingPage'))) },
              { path: 'members', element: page(lazy(() => import('../features/members/components/MembersPage'))) },
              { path: 'reports', element: page(lazy(() => import('../features/reports/components/ReportsPage'))) },
              { path: 'settings', element: page(lazy(() => import('../features/settings/components/SettingsPage'))) },

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
