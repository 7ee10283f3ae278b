// Every API module, registered under /api/v1 by app.ts. Add a module with one line here.
import type { App } from '../lib/types.js';
import healthRoutes from './health/health.routes.js';
import authRoutes from './auth/auth.routes.js';
import initiativeRoutes from './initiatives/initiatives.routes.js';

export interface ModuleOptions {
  cookieSecure: boolean;
  loginRateLimit: number;
}

export async function apiModules(app: App, opts: ModuleOptions) {
  await app.register(healthRoutes);
  await app.register(authRoutes, opts);
  await app.register(initiativeRoutes);
}
