import './content-security';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initI18n } from '../i18n';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { preloadRoute } from './preload';
import { createAppRouter, routes } from './router';
import '../styles/index.css';

const queryClient = createQueryClient();
const router = createAppRouter();

// The words come first, and the code of the screen asked for: nothing is drawn before them (see
// app/preload.ts), though not more than FIRST_SCREEN_WAIT_MS for the code. Meanwhile the session
// is checked and the screen's data asked for.
const FIRST_SCREEN_WAIT_MS = 3000;
const words = initI18n();
const firstScreen = preloadRoute(routes, queryClient, window.location.pathname, { signedIn: !window.location.pathname.startsWith('/public/') });
const notTooLong = new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));

void Promise.all([words, Promise.race([firstScreen, notTooLong])]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
});
