// Authentication (JWT in a Bearer header or an httpOnly cookie, backed by a session row) and
// per-initiative authorisation.
import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '@ci/shared';
import { Forbidden, NotFound, Unauthorized } from '../lib/errors.js';
import { createSession, isSessionActive, sessionMembership } from '../lib/sessions.js';

export const AUTH_COOKIE = 'ci_session';
export const TOKEN_TTL_SECONDS = 60 * 60 * 12;

export interface Access {
  userId: string;
  initiativeId: string;
  role: Role;
  /** Actors a partner speaks for; empty for other roles unless linked. */
  actorIds: string[];
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    /** `sid`: the session row; a token without one (or with a revoked one) is refused. */
    payload: { sub: string; sid: string };
    user: { sub: string; sid: string };
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    access: Access;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opens a session for the user and returns its token (login is the only production caller). */
export async function issueToken(app: Pick<FastifyInstance, 'db' | 'jwt'>, userId: string, userAgent?: string): Promise<string> {
  const sid = await createSession(app.db, userId, TOKEN_TTL_SECONDS, userAgent);
  return app.jwt.sign({ sub: userId, sid });
}

/** The token's user and session when its signature, expiry and shape are right; not yet whether the session is live. */
export async function tokenClaims(request: FastifyRequest): Promise<{ sub: string; sid: string } | undefined> {
  try {
    await request.jwtVerify();
  } catch {
    return undefined;
  }
  const { sub, sid } = request.user as { sub?: unknown; sid?: unknown };
  if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sub) || !UUID.test(sid)) return undefined;
  return { sub, sid };
}

/** A valid signature is not enough: the session must be live and its user must still exist. */
export async function authenticate(request: FastifyRequest): Promise<void> {
  const claims = await tokenClaims(request);
  if (!claims || !(await isSessionActive(request.server.db, claims.sid, claims.sub))) throw new Unauthorized();
}

/**
 * A hook for routes under /initiatives/:initiativeId. Non-members get 404 (they learn nothing
 * about the initiative); members whose role is not listed get 403. No roles: any member.
 */
export function authorize(...roles: Role[]) {
  return async function authorizeHook(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const initiativeId = (request.params as { initiativeId?: string }).initiativeId;
    if (!initiativeId || !UUID.test(initiativeId)) {
      await authenticate(request);
      throw new NotFound('Initiative');
    }
    const claims = await tokenClaims(request);
    if (!claims) throw new Unauthorized();
    // The session, the membership and its actor links in one round trip: this runs on every request.
    const membership = await sessionMembership(request.server.db, claims.sid, claims.sub, initiativeId);
    if (membership === undefined) throw new Unauthorized();
    if (membership === null) throw new NotFound('Initiative');
    if (roles.length > 0 && !roles.includes(membership.role as Role)) throw new Forbidden();
    request.access = {
      userId: claims.sub,
      initiativeId,
      role: membership.role as Role,
      actorIds: membership.actorIds,
    };
  };
}

/** Roles that may edit everything in an initiative. */
export const EDITORS: Role[] = ['admin', 'backbone'];

export function canEditAll(access: Access): boolean {
  return EDITORS.includes(access.role);
}

/** Whether the caller may write values or the profile of this actor. */
export function canWriteActor(access: Access, actorId: string | null): boolean {
  if (canEditAll(access)) return true;
  return access.role === 'partner' && actorId !== null && access.actorIds.includes(actorId);
}

export default fp(
  async function auth(app: FastifyInstance, opts: { secret: string; cookieSecure: boolean }) {
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: opts.secret,
      cookie: { cookieName: AUTH_COOKIE, signed: false },
      sign: { expiresIn: TOKEN_TTL_SECONDS },
    });
    app.decorateRequest('access', null as unknown as Access);
  },
  { name: 'auth', dependencies: ['db'] },
);
