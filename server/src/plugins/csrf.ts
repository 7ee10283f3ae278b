// Cross-site request forgery: a browser attaches the session cookie to requests another site
// makes, but it always says where such a request comes from (Origin, else Referer). Writes that
// rely on the cookie must come from the app's own origin; a Bearer header cannot be forged that way.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.js';
import { AUTH_COOKIE } from './auth.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOGIN_URL = '/api/v1/auth/login';

export class CsrfRejected extends AppError {
  constructor() {
    super(403, 'csrf_rejected', 'This request did not come from the app’s own pages');
  }
}

function originOf(value: string | undefined): string | undefined {
  if (!value || value === 'null') return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

function allowedOrigins(request: FastifyRequest, publicUrl: string | undefined): Set<string> {
  const allowed = new Set<string>();
  const own = originOf(`${request.protocol}://${request.host}`);
  if (own) allowed.add(own);
  const configured = originOf(publicUrl);
  if (configured) allowed.add(configured);
  return allowed;
}

export default fp(
  async function csrf(app: FastifyInstance, opts: { publicUrl?: string }) {
    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method)) return;
      const byCookie = !request.headers.authorization && Boolean(request.cookies?.[AUTH_COOKIE]);
      const originHeader = request.headers.origin;
      // Login sets the cookie: a foreign page must not sign a visitor in to another account.
      const isLogin = request.routeOptions.url === LOGIN_URL && originHeader !== undefined;
      if (!byCookie && !isLogin) return;
      const source = originHeader !== undefined ? originOf(originHeader) : originOf(request.headers.referer);
      if (!source || !allowedOrigins(request, opts.publicUrl).has(source)) throw new CsrfRejected();
    });
  },
  { name: 'csrf', dependencies: ['auth'] },
);
