// Authentication (JWT in a Bearer header or an httpOnly cookie) and per-initiative authorisation.
import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { Role } from '@ci/shared';
import { memberships, membershipActors, users } from '../db/schema/index.js';
import { Forbidden, NotFound, Unauthorized } from '../lib/errors.js';

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
    payload: { sub: string };
    user: { sub: string };
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    access: Access;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function authenticate(request: FastifyRequest): Promise<void> {
  try {
    await request.jwtVerify();
  } catch {
    throw new Unauthorized();
  }
  // A token outlives its user: once the account is deleted, the token must open nothing.
  const sub = request.user.sub;
  if (typeof sub !== 'string' || !UUID.test(sub)) throw new Unauthorized();
  const [user] = await request.server.db.select({ id: users.id }).from(users).where(eq(users.id, sub));
  if (!user) throw new Unauthorized();
}

/**
 * A hook for routes under /initiatives/:initiativeId. Non-members get 404 (they learn nothing
 * about the initiative); members whose role is not listed get 403. No roles: any member.
 */
export function authorize(...roles: Role[]) {
  return async function authorizeHook(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    await authenticate(request);
    const initiativeId = (request.params as { initiativeId?: string }).initiativeId;
    if (!initiativeId || !UUID.test(initiativeId)) throw new NotFound('Initiative');
    const db = request.server.db;
    const [membership] = await db
      .select({ id: memberships.id, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.initiativeId, initiativeId), eq(memberships.userId, request.user.sub)));
    if (!membership) throw new NotFound('Initiative');
    if (roles.length > 0 && !roles.includes(membership.role as Role)) throw new Forbidden();
    const links = await db
      .select({ actorId: membershipActors.actorId })
      .from(membershipActors)
      .where(eq(membershipActors.membershipId, membership.id));
    request.access = {
      userId: request.user.sub,
      initiativeId,
      role: membership.role as Role,
      actorIds: links.map((l) => l.actorId),
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
