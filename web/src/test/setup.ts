import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { initI18n } from '../i18n';

// Screens are lazy chunks: the first visit in a test file compiles them, which can take seconds.
configure({ asyncUtilTimeout: 8000 });

// jsdom has no layout: scrolling is a no-op here (it only logs "not implemented").
window.scrollTo = () => undefined;

// Tests read English unless they switch; the catalogue is loaded once per test file.
await initI18n('en');

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  await initI18n('en');
});
