// What the server is doing while it starts, for the console: a fresh start creates the database,
// applies the migrations and loads the demo, which can take a while and should not look like a hang.
export type StartupStep = 'open' | 'create' | 'unpack' | 'migrate' | 'seed' | 'save';

export type OnStartupStep = (step: StartupStep) => void;

export const STARTUP_STEP_TEXT: Record<StartupStep, string> = {
  open: 'opening the database…',
  create: 'creating the database (this can take a minute)…',
  unpack: 'copying the prepared demo database…',
  migrate: 'applying migrations…',
  seed: 'loading demo data…',
  save: 'keeping a copy of the demo database for the next fresh start…',
};
