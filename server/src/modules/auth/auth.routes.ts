import { eq } from 'drizzle-orm';
import { emptyResponse, errorResponses, loginBody, loginResponse, meResponse, updateMeBody } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { AUTH_COOKIE, TOKEN_TTL_SECONDS, authenticate } from '../../plugins/auth.js';
import { Unauthorized, found } from '../../lib/errors.js';
import { verifyPassword } from '../../lib/passwords.js';
import { users } from '../../db/schema/index.js';
import { findUserByEmail, me, toUser } from './auth.repository.js';

// Compared against when the e-mail is unknown, so both cases take the same time.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export default async function authRoutes(app: App, opts: { cookieSecure: boolean; loginRateLimit: number }) {
  app.route({
    method: 'POST',
    url: '/auth/login',
    config: {
      rateLimit: {
        max: opts.loginRateLimit,
        timeWindow: '1 minute',
        keyGenerator: (req) => `${req.ip}:${String((req.body as { email?: string } | undefined)?.email ?? '').toLowerCase()}`,
      },
    },
    schema: {
      tags: ['auth'],
      summary: 'Sign in; returns a token and sets the session cookie',
      security: [],
      body: loginBody,
      response: { 200: loginResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const row = await findUserByEmail(app.db, request.body.email);
      const ok = await verifyPassword(request.body.password, row?.passwordHash ?? DUMMY_HASH);
      if (!row || !ok) throw new Unauthorized('Wrong e-mail or password');
      const token = app.jwt.sign({ sub: row.id });
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
    schema: { tags: ['auth'], summary: 'Sign out: clears the session cookie', security: [], response: { 204: emptyResponse } },
    handler: async (_request, reply) => {
      reply.clearCookie(AUTH_COOKIE, { path: '/' });
      return reply.status(204).send(null);
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
