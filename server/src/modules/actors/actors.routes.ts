import { and, count, eq } from 'drizzle-orm';
import {
  actor,
  ACTOR_PROFILE_FIELDS,
  actorInput,
  actorListQuery,
  actorPatch,
  actorRuleIssues,
  competenceSummary as competenceSummarySchema,
  emptyResponse,
  errorResponses,
  initiativeParams,
  needMatches as needMatchesSchema,
  pageOf,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, canEditAll, canWriteActor, EDITORS, type Access } from '../../plugins/auth.js';
import { Conflict, Forbidden, found, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { actors, measurements } from '../../db/schema/index.js';
import { assertActorNameFree, competenceSummary, getActor, listActors, needMatches, toActor } from './actors.repository.js';

const tags = ['actors'];
const PROFILE_FIELDS: readonly string[] = ACTOR_PROFILE_FIELDS;

/** Editors change anything; a partner only the profile fields of an actor it speaks for. */
function assertMayPatch(access: Access, actorId: string, body: Record<string, unknown>) {
  if (canEditAll(access)) return;
  if (!canWriteActor(access, actorId)) throw new Forbidden('You may only edit the profile of your own organisation');
  const other = Object.keys(body).filter((k) => body[k] !== undefined && !PROFILE_FIELDS.includes(k));
  if (other.length > 0) {
    throw new Forbidden(`Partners may change only ${ACTOR_PROFILE_FIELDS.join(', ')}; not ${other.join(', ')}`);
  }
}

export default async function actorRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/actors',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The actors (member organisations), filtered for the competence directory',
      params: initiativeParams,
      querystring: actorListQuery,
      response: { 200: pageOf(actor), ...errorResponses },
    },
    handler: async (request) => listActors(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/actors/competences',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Distinct competences and needs with the number of actors listing each (for filter chips)',
      params: initiativeParams,
      response: { 200: competenceSummarySchema, ...errorResponses },
    },
    handler: async (request) => competenceSummary(app.db, request.params.initiativeId),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/actors/matches',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Needs meet competences: for each need, the other actors offering a matching competence',
      description:
        'Only actors taking part today. Entries match by meaning across Swedish, Danish and English: case, accents, ' +
        'punctuation and simple plural or definite forms are ignored, and synonyms ("läxhjälp", "lektiehjælp", ' +
        '"homework help") are the same. Needs nobody offers are left out.',
      params: initiativeParams,
      response: { 200: needMatchesSchema, ...errorResponses },
    },
    handler: async (request) => ({ items: await needMatches(app.db, request.params.initiativeId) }),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/actors/:id',
    onRequest: [authorize()],
    schema: { tags, summary: 'One actor', params: resourceParams, response: { 200: actor, ...errorResponses } },
    handler: async (request) => found(await getActor(app.db, request.params.initiativeId, request.params.id), 'Actor'),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/actors',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Add an actor', params: initiativeParams, body: actorInput, response: { 201: actor, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const created = await app.db.transaction(async (tx) => {
        await assertActorNameFree(tx, initiativeId, request.body.name);
        const [row] = await tx.insert(actors).values({ ...request.body, initiativeId }).returning();
        const after = toActor(row);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'actor', entityId: row.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/actors/:id',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Update an actor. Admin and backbone: any field; a partner: only the profile fields of its own actor',
      description: `Partners may send only: ${ACTOR_PROFILE_FIELDS.join(', ')}.`,
      params: resourceParams,
      body: actorPatch,
      response: { 200: actor, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      assertMayPatch(request.access, id, request.body);
      return app.db.transaction(async (tx) => {
        const before = found(await getActor(tx, initiativeId, id), 'Actor');
        const issues = actorRuleIssues({ ...before, ...request.body });
        if (issues.length > 0) {
          throw new ValidationError(issues[0].message, issues.map((i) => ({ field: `body.${i.path}`, message: i.message })));
        }
        if (request.body.name !== undefined && request.body.name !== before.name) {
          await assertActorNameFree(tx, initiativeId, request.body.name, id);
        }
        const [row] = await tx
          .update(actors)
          .set({ ...request.body, updatedAt: new Date() })
          .where(and(eq(actors.initiativeId, initiativeId), eq(actors.id, id)))
          .returning();
        const after = toActor(row);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'update', entityType: 'actor', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/actors/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Delete an actor that has no reported values (set leftOn for one that has)',
      params: resourceParams,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      await app.db.transaction(async (tx) => {
        const before = found(await getActor(tx, initiativeId, id), 'Actor');
        const [{ n }] = await tx.select({ n: count() }).from(measurements).where(eq(measurements.actorId, id));
        if (n > 0) {
          throw new Conflict(
            `${before.name} has ${n} reported values, which deleting would erase. Set the date it left the initiative (leftOn) instead`,
            { measurements: n },
          );
        }
        await tx.delete(actors).where(and(eq(actors.initiativeId, initiativeId), eq(actors.id, id)));
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'actor', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });
}
