import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { emptyResponse, errorResponses, loginBody, loginResponse, meResponse, sessionResponse, updateMeBody } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { AUTH_COOKIE, TOKEN_TTL_SECONDS, authenticate, issueToken, tokenClaims } from '../../plugins/auth.js';
import { RateLimited, Unauthorized, found } from '../../lib/errors.js';
import { verifyPassword } from '../../lib/passwords.js';
import { isSessionActive, revokeSession } from '../../lib/sessions.js';
import { users } from '../../db/schema/index.js';
import { findUserByEmail, me, normaliseEmail, toUser } from './auth.repository.js';

// Compared against when the e-mail is unknown, so both cases take the same time.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface AuthRouteOptions {
  cookieSecure: boolean;
  /** Sign-in attempts per minute for one account, from wherever they come. */
  loginRateLimit: number;
  /** Sign-in attempts per minute from one client address, whichever accounts they name. */
  loginAddressRateLimit: number;
}

export default async function authRoutes(app: App, opts: AuthRouteOptions) {
  // Counted after the body is parsed (the account is in it), on the address Fastify derives under
  // TRUST_PROXY: a made-up X-Forwarded-For changes neither key.
  const perAccount = app.createRateLimit({
    max: opts.loginRateLimit,
    timeWindow: 60_000,
    keyGenerator: (req) => `account:${normaliseEmail(String((req.body as { email?: unknown }).email))}`,
  });
  const perAddress = app.createRateLimit({ max: opts.loginAddressRateLimit, timeWindow: 60_000, keyGenerator: (req) => `address:${req.ip}` });
  const limitLogins = async (request: FastifyRequest) => {
    for (const result of [await perAddress(request), await perAccount(request)]) {
      if (!result.isAllowed && result.isExceeded) throw new RateLimited(result.ttlInSeconds);
    }
  };

  app.route({
    method: 'POST',
    url: '/auth/login',
    preHandler: [limitLogins],
    schema: {
      tags: ['auth'],
      summary: 'Sign in; returns a token and sets the session cookie',
      description:
        'Limited per account (across all client addresses) and per client address; over the limit the answer is 429 with Retry-After. ' +
        'With an Origin header, it must be the app’s own origin (403 csrf_rejected otherwise).',
      security: [],
      body: loginBody,
      response: { 200: loginResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const row = await findUserByEmail(app.db, request.body.email);
      const ok = await verifyPassword(request.body.password, row?.passwordHash ?? DUMMY_HASH);
      if (!row || !ok) throw new Unauthorized('Wrong e-mail or password');
      const token = await issueToken(app, row.id, request.headers['user-agent']);
      reply.setCookie(AUTH_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.cookieSecure,
        maxAge: TOKEN_TTL_SECONDS,
      });
      return { token, user: toUser(row) };
    },
  });

  app.route({
    method: 'POST',
    url: '/auth/logout',
    schema: {
      tags: ['auth'],
      summary: 'Sign out: ends the session (its token stops working at once) and clears the session cookie',
      security: [],
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      // Signing out must always succeed; an invalid or expired token has nothing left to end.
      const claims = await tokenClaims(request);
      if (claims) await revokeSession(app.db, claims.sid, claims.sub);
      reply.clearCookie(AUTH_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: 'GET',
    url: '/auth/session',
    schema: {
      tags: ['auth'],
      summary: 'Who is signed in: what GET /me answers, or `{ user: null, memberships: [] }` when nobody is',
      description:
        'Always 200, so a page that only wants to know whether someone is signed in has no failed request to show. ' +
        'GET /me answers 401 when nobody is.',
      security: [],
      response: { 200: sessionResponse, ...errorResponses },
    },
    handler: async (request) => {
      const claims = await tokenClaims(request);
      const active = claims && (await isSessionActive(app.db, claims.sid, claims.sub));
      return (active && (await me(app.db, claims.sub))) || { user: null, memberships: [] };
    },
  });

  app.route({
    method: 'GET',
    url: '/me',
    onRequest: [authenticate],
    schema: { tags: ['auth'], summary: 'The signed-in user and their memberships', response: { 200: meResponse, ...errorResponses } },
    handler: async (request) => found(await me(app.db, request.user.sub), 'User'),
  });

  app.route({
    method: 'PATCH',
    url: '/me',
    onRequest: [authenticate],
    schema: {
      tags: ['auth'],
      summary: 'Update the signed-in user’s name, language or e-mail preference',
      body: updateMeBody,
      response: { 200: meResponse, ...errorResponses },
    },
    handler: async (request) => {
      if (Object.keys(request.body).length > 0) {
        await app.db
          .update(users)
          .set({ ...request.body, updatedAt: new Date() })
          .where(eq(users.id, request.user.sub));
      }
      return found(await me(app.db, request.user.sub), 'User');
    },
  });
}
