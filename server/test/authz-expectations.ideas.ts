// Who may call each route of ideas and proposals (part of authz-expectations.ts). Every member reads
// every idea and takes part in its discussion; proposing, changing, removing and voting depend on
// the organisation a member speaks for. The world's steering user speaks for none, so there it can
// do none of those; admin and backbone act for any organisation.
import type { Role } from '@ci/shared';
import type { Case, Expectation } from './authz-expectations.js';

const READERS: Role[] = ['admin', 'backbone', 'steering'];
/** Admin, backbone, and the partner for its own organisation (the world's steering has none). */
const FOR_AN_ORGANISATION: Role[] = ['admin', 'backbone', 'partner'];

/** Fresh resources only where the case may really act on the own initiative, or needs another's. */
const fresh = (c: Case) => c.scope === 'own' && (c.allowed || c.actor === 'other');
const actorOf = (c: Case) => (c.actor === 'other' ? c.refs.otherActorId : c.refs.actorId);
/** Who wrote the comment a case acts on: the caller itself, or someone else for `other`. */
const mine = (c: Case): Role => (c.role && c.actor === 'own' ? c.role : c.role === 'admin' ? 'partner' : 'admin');

/** The right depends on the idea (whose organisation it is): an idea that is not here is 404 to every member. */
const UNKNOWN_IDEA = { steering: 404 };

/** The idea of the other organisation for `other`, in the own initiative. */
const ideaOf = (c: Case) => (c.actor === 'other' && c.scope === 'own' ? { params: { id: c.ids.otherIdeaId } } : {});

/** A comment on the own idea: a fresh one by the caller (or, for `other`, by someone else). */
async function ideaCommentOf(c: Case) {
  return { params: { commentId: fresh(c) ? await c.world.make.ideaComment(mine(c)) : c.ids.ideaCommentId } };
}

const I = '/api/v1/initiatives/:initiativeId';

export const IDEA_EXPECTATIONS: Record<string, Expectation> = {
  [`GET ${I}/ideas`]: { who: 'any-member' },
  [`GET ${I}/ideas/:id`]: { who: 'any-member' },
  // A partner proposing for an organisation not its own, here or elsewhere, is refused before any lookup.
  [`POST ${I}/ideas`]: {
    who: FOR_AN_ORGANISATION,
    ok: 201,
    refs: 422,
    other: { partner: 403 },
    foreignResource: { partner: 403 },
    req: (c) => ({ body: { title: 'Matrix idea', actorId: actorOf(c), goalIds: [c.refs.goalId] } }),
  },
  [`PATCH ${I}/ideas/:id`]: {
    who: FOR_AN_ORGANISATION,
    refs: 422,
    other: { partner: 403 },
    foreignResource: UNKNOWN_IDEA,
    req: (c) => ({ body: { description: 'Changed', goalIds: [c.refs.goalId] }, ...ideaOf(c) }),
  },
  [`DELETE ${I}/ideas/:id`]: {
    who: FOR_AN_ORGANISATION,
    other: { partner: 403 },
    foreignResource: UNKNOWN_IDEA,
    req: async (c) => (fresh(c) ? { params: { id: await c.world.make.idea(actorOf(c)) } } : {}),
  },
  [`POST ${I}/ideas/:id/decision`]: {
    who: READERS,
    req: async (c) => ({ body: { status: 'under_discussion' }, ...(fresh(c) ? { params: { id: await c.world.make.idea(c.ids.actorId) } } : {}) }),
  },
  // The organisation's vote, cast without a body (the body is optional).
  [`PUT ${I}/ideas/:id/votes/:actorId`]: { who: FOR_AN_ORGANISATION, other: { partner: 403 }, foreignResource: UNKNOWN_IDEA },
  [`DELETE ${I}/ideas/:id/votes/:actorId`]: { who: FOR_AN_ORGANISATION, other: { partner: 403 }, foreignResource: UNKNOWN_IDEA },

  [`GET ${I}/ideas/:id/comments`]: { who: 'any-member' },
  [`POST ${I}/ideas/:id/comments`]: { who: 'any-member', ok: 201, req: () => ({ body: { text: 'A thought' } }) },
  [`PATCH ${I}/ideas/:id/comments/:commentId`]: {
    who: 'any-member',
    other: { admin: 403, backbone: 403, steering: 403, partner: 403 },
    req: async (c) => ({ body: { text: 'Edited' }, ...(await ideaCommentOf(c)) }),
  },
  [`DELETE ${I}/ideas/:id/comments/:commentId`]: {
    who: 'any-member',
    other: { steering: 403, partner: 403 },
    req: (c) => ideaCommentOf(c),
  },
};
