import { and, eq } from 'drizzle-orm';
import {
  emptyResponse,
  errorResponses,
  indicator,
  indicatorInput,
  indicatorListQuery,
  indicatorPatch,
  indicatorRuleIssues,
  initiativeParams,
  listOf,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { Conflict, found, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { indicators } from '../../db/schema/index.js';
import {
  assertCodeFree,
  assertGoalOfInitiative,
  countMeasurements,
  getIndicator,
  listIndicators,
  nextIndicatorPosition,
  replaceTargets,
} from './indicators.repository.js';
import { replaceDimensions } from './indicator-dimensions.js';

const tags = ['indicators'];

export default async function indicatorRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/indicators',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The indicators of shared measurement, with targets and dimensions',
      params: initiativeParams,
      querystring: indicatorListQuery,
      response: { 200: listOf(indicator), ...errorResponses },
    },
    handler: async (request) => ({ items: await listIndicators(app.db, request.params.initiativeId, request.query) }),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/indicators/:id',
    onRequest: [authorize()],
    schema: { tags, summary: 'One indicator', params: resourceParams, response: { 200: indicator, ...errorResponses } },
    handler: async (request) => found(await getIndicator(app.db, request.params.initiativeId, request.params.id), 'Indicator'),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/indicators',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Add an indicator with its targets and dimensions',
      params: initiativeParams,
      body: indicatorInput,
      response: { 201: indicator, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const { targets, dimensions, ...values } = request.body;
      const created = await app.db.transaction(async (tx) => {
        await assertCodeFree(tx, initiativeId, values.code);
        await assertGoalOfInitiative(tx, initiativeId, values.goalId);
        const position = values.position ?? (await nextIndicatorPosition(tx, initiativeId));
        const [row] = await tx.insert(indicators).values({ ...values, position, initiativeId }).returning({ id: indicators.id });
        await replaceTargets(tx, row.id, targets);
        await replaceDimensions(tx, row.id, dimensions);
        const after = found(await getIndicator(tx, initiativeId, row.id), 'Indicator');
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'indicator', entityId: row.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/indicators/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Update an indicator; targets and dimensions, when given, replace the current ones',
      description:
        'Rules across fields (baseline and target pairs, periods in the frequency, target after baseline) are checked on the indicator as it ' +
        'will be after the change. The frequency and the measure type cannot change once values are reported (409).',
      params: resourceParams,
      body: indicatorPatch,
      response: { 200: indicator, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      const { targets, dimensions, ...values } = request.body;
      return app.db.transaction(async (tx) => {
        await tx.select({ id: indicators.id }).from(indicators).where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, id))).for('update');
        const before = found(await getIndicator(tx, initiativeId, id), 'Indicator');
        const changed = (['frequency', 'measureType'] as const).filter((k) => values[k] !== undefined && values[k] !== before[k]);
        if (changed.length > 0) {
          const n = await countMeasurements(tx, id);
          if (n > 0) {
            throw new Conflict(
              `The ${changed.join(' and ')} of "${before.name}" cannot change: ${n} values are already reported. ` +
                'Create a new indicator and archive this one instead',
              { fields: changed.map((k) => `body.${k}`), measurements: n },
            );
          }
        }
        const merged = { ...before, ...values, targets: targets ?? before.targets, dimensions: dimensions ?? before.dimensions };
        if (values.unit === undefined && merged.measureType === 'percentage' && merged.unit === '') values.unit = '%';
        const issues = indicatorRuleIssues(merged);
        if (issues.length > 0) {
          throw new ValidationError(issues[0].message, issues.map((i) => ({ field: `body.${i.path}`, message: i.message })));
        }
        if (values.code !== undefined && values.code !== before.code) await assertCodeFree(tx, initiativeId, values.code, id);
        if (values.goalId !== undefined) await assertGoalOfInitiative(tx, initiativeId, values.goalId);

        await tx
          .update(indicators)
          .set({ ...values, updatedAt: new Date() })
          .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, id)));
        if (targets !== undefined) await replaceTargets(tx, id, targets);
        if (dimensions !== undefined) await replaceDimensions(tx, id, dimensions);
        const after = found(await getIndicator(tx, initiativeId, id), 'Indicator');
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'update', entityType: 'indicator', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/indicators/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Delete an indicator that has no reported values (archive one that has)',
      params: resourceParams,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      await app.db.transaction(async (tx) => {
        const before = found(await getIndicator(tx, initiativeId, id), 'Indicator');
        const n = await countMeasurements(tx, id);
        if (n > 0) {
          throw new Conflict(
            `"${before.name}" has ${n} reported values, which deleting would erase. Archive it instead (PATCH { "archived": true }): ` +
              'it keeps its history and disappears from lists and data entry',
            { measurements: n },
          );
        }
        await tx.delete(indicators).where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, id)));
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'indicator', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });
}
