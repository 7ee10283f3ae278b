import './content-security';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initI18n } from '../i18n';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { meQueryOptions } from '../features/auth/api/get-me';
import { preloadRoute } from './preload';
import { createAppRouter, routes } from './router';
import '../styles/index.css';

const queryClient = createQueryClient();
const router = createAppRouter();

// The words come first: nothing is drawn until the language's catalogue is in. While it loads:
// who is signed in, and the code and data of the screen asked for.
const words = initI18n();
if (!window.location.pathname.startsWith('/public/')) void queryClient.prefetchQuery(meQueryOptions());
preloadRoute(routes, queryClient, window.location.pathname);

void words.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
});
