// The route table.
//
// To add a feature screen: build it in web/src/features/<area>/components/<Screen>.tsx with a
// default export, then add ONE entry below, under the initiative layout when it belongs to an
// initiative:
//     { path: 'activities', ...screen(() => import('../features/activities/components/ActivitiesPage')) }
// Each feature is its own chunk (React.lazy), so the first page only loads sign-in and the shell.
// A screen opened directly (a reload, a shared link) has its code fetched at once, with the shell's
// (app/preload.ts); a second argument, `requests`, names its main data to ask for at the same time.
// The screen finds its initiative and the caller's role with useInitiative() (lib/initiative).
// If the section belongs in the top navigation, it is listed with its roles in app/nav.ts.
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { initiativePath } from '../lib/api';
import type { RoutePreload } from './preload';
import { Loading } from '../components/ui/States';
import { SignInPage } from '../features/auth/components/SignInPage';
import { RequireAuth } from './RequireAuth';
import { InitiativeLayout } from './layout/InitiativeLayout';
import { StartPage } from '../features/auth/components/StartPage';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';

function page(Component: ComponentType) {
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

/**
 * A lazily loaded screen, in React Aria's language (AriaLocale, loaded with it): its element, and a
 * handle that lets app/preload.ts start it early. Its code is loaded once, however often it is
 * asked for (a failed load may be tried again). Once the code is in, the screen is drawn directly,
 * without suspending: React holds back a suspended part for up to 300 ms before showing it, once
 * per nested screen. Before that, React.lazy loads it; that first render suspends and never
 * commits, so the switch to the loaded component cannot remount a screen already on the page.
 */
function screen(load: () => Promise<{ default: ComponentType }>, requests?: RoutePreload['requests']): Pick<RouteObject, 'element' | 'handle'> {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), import('../components/ui/AriaLocale')]).then(
      ([module, { AriaLocale }]) => {
        const Loaded = module.default;
        loaded = function InAriaLocale() {
          return (
            <AriaLocale>
              <Loaded />
            </AriaLocale>
          );
        };
        return { default: loaded };
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Screen() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  const handle: RoutePreload = { preload, requests };
  return { element: page(Screen), handle };
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
                ...screen(() => import('../features/overview/components/OverviewPage'), ({ initiativeId = '' }) => [initiativePath(initiativeId, '/overview')]),
              },
              {
                path: 'indicators/:indicatorId',
                ...screen(() => import('../features/indicators/components/IndicatorPage'), ({ initiativeId = '', indicatorId = '' }) => [
                  initiativePath(initiativeId, `/indicators/${indicatorId}`),
                  // The indicator's own frequency is the series' default (as IndicatorPage asks).
                  initiativePath(initiativeId, `/indicators/${indicatorId}/series`),
                ]),
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
