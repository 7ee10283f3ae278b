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
  pageOf,
  periodOfDate,
  periodStart,
  resourceParams,
  type Frequency,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { Conflict, found, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { indicators } from '../../db/schema/index.js';
import {
  assertCodeFree,
  assertGoalOfInitiative,
  countFinerValues,
  countMeasurements,
  getIndicator,
  listIndicators,
  nextIndicatorPosition,
  replaceReporters,
  replaceTargets,
  reportingFromDate,
} from './indicators.repository.js';
import { replaceDimensions } from './indicator-dimensions.js';

const tags = ['indicators'];

/** A period key in another frequency: the period that holds its first day. */
function toFrequencyAround(period: string, frequency: Frequency): string {
  return periodOfDate(periodStart(period), frequency);
}

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
      response: { 200: pageOf(indicator), ...errorResponses },
    },
    handler: async (request) => listIndicators(app.db, request.params.initiativeId, request.query),
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
      const { targets, dimensions, expectedActorIds, reportingFrom, ...values } = request.body;
      const created = await app.db.transaction(async (tx) => {
        await assertCodeFree(tx, initiativeId, values.code);
        await assertGoalOfInitiative(tx, initiativeId, values.goalId);
        const position = values.position ?? (await nextIndicatorPosition(tx, initiativeId));
        // By default values are expected from the period in which the indicator is created, never from its baseline.
        const from = reportingFromDate(reportingFrom ?? periodOfDate(new Date(), values.frequency));
        const [row] = await tx
          .insert(indicators)
          .values({ ...values, reportingFrom: from, position, initiativeId })
          .returning({ id: indicators.id });
        await replaceTargets(tx, row.id, targets);
        await replaceDimensions(tx, row.id, dimensions);
        await replaceReporters(tx, initiativeId, row.id, expectedActorIds);
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
      const { targets, dimensions, expectedActorIds, reportingFrom, ...values } = request.body;
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
        // The stored first reporting period is a date: expressed in a new frequency it is the period that holds it.
        const frequency = values.frequency ?? before.frequency;
        if (values.decimals !== undefined && values.decimals < before.decimals) {
          const n = await countFinerValues(tx, id, values.decimals);
          if (n > 0) {
            throw new Conflict(
              `${n} reported values of "${before.name}" have more than ${values.decimals} decimals and would be shown rounded. ` +
                'Correct them first, or keep the decimals',
              { fields: ['body.decimals'], measurements: n },
            );
          }
        }
        const merged = {
          ...before,
          ...values,
          targets: targets ?? before.targets,
          dimensions: dimensions ?? before.dimensions,
          // A population-level indicator is reported by the backbone: it has no expected actors.
          expectedActorIds: (values.actorAggregation ?? before.actorAggregation) === 'none' ? null : expectedActorIds === undefined ? before.expectedActorIds : expectedActorIds,
          reportingFrom: reportingFrom ?? toFrequencyAround(before.reportingFrom, frequency),
        };
        if (values.unit === undefined && merged.measureType === 'percentage' && merged.unit === '') values.unit = '%';
        const issues = indicatorRuleIssues(merged);
        if (issues.length > 0) {
          throw new ValidationError(issues[0].message, issues.map((i) => ({ field: `body.${i.path}`, message: i.message })));
        }
        if (values.code !== undefined && values.code !== before.code) await assertCodeFree(tx, initiativeId, values.code, id);
        if (values.goalId !== undefined) await assertGoalOfInitiative(tx, initiativeId, values.goalId);

        await tx
          .update(indicators)
          .set({ ...values, ...(reportingFrom ? { reportingFrom: reportingFromDate(reportingFrom) } : {}), updatedAt: new Date() })
          .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, id)));
        if (targets !== undefined) await replaceTargets(tx, id, targets);
        if (dimensions !== undefined) await replaceDimensions(tx, id, dimensions);
        if (expectedActorIds !== undefined || merged.expectedActorIds !== before.expectedActorIds) {
          await replaceReporters(tx, initiativeId, id, merged.expectedActorIds);
        }
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
