import {
  cellHistoryQuery,
  emptyResponse,
  errorResponses,
  initiativeParams,
  listOf,
  measurement,
  measurementBatch,
  measurementBatchResponse,
  measurementDeleteQuery,
  measurementList,
  measurementListQuery,
  measurementReview,
  resourceParams,
  reviewList,
  reviewListQuery,
  valueHistory,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { found } from '../../lib/errors.js';
import { sendBuilt } from '../../lib/serialized-response.js';
import { getMeasurement, listMeasurements } from './measurements.repository.js';
import { cellHistory, measurementHistory } from './measurements.history.js';
import { writeBatch } from './measurements.batch.js';
import { deleteMeasurement, reviewMeasurements } from './measurements.review.js';
import { listForReview } from './measurements.review-list.js';

/** Who reviews values: the same roles read the review list and approve or return. */
const REVIEWERS = ['admin', 'backbone', 'steering'] as const;

const tags = ['measurements'];
const url = '/initiatives/:initiativeId/measurements';

export default async function measurementRoutes(app: App) {
  app.route({
    method: 'GET',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Shared-measurement values, ordered by indicator, period and actor',
      params: initiativeParams,
      querystring: measurementListQuery,
      response: { 200: measurementList, ...errorResponses },
    },
    handler: async (request) => listMeasurements(app.db, request.access, request.query),
  });

  app.route({
    method: 'PUT',
    url,
    onRequest: [authorize('admin', 'backbone', 'partner')],
    schema: {
      tags,
      summary: 'Save a batch of values: all or nothing; a stale version answers 409 with the current values',
      description:
        'A disaggregated value is one figure: its category values travel with the total of the same cell (indicator, actor, period) ' +
        "in one batch, and after the write every dimension with category values must add up to the total (percentages: numerators and " +
        'denominators summed), else 422 at the total\'s field. The total is validated, not derived: the client sends what it showed. ' +
        'A category item without a figure removes that category value. Changing any category gives the total a new version. ' +
        'The response lists the saved values in the order of the request, without the removed ones.',
      params: initiativeParams,
      body: measurementBatch,
      response: { 200: measurementBatchResponse, ...errorResponses },
    },
    handler: async (request, reply) => sendBuilt(reply, { items: await writeBatch(app.db, request.access, request.body.items) }),
  });

  app.route({
    method: 'GET',
    url: `${url}/review`,
    onRequest: [authorize(...REVIEWERS)],
    schema: {
      tags,
      summary: 'Submitted values waiting for review, each with the same cell in the previous period',
      description:
        "Ordered by indicator, newest period, actor, and the total before its categories. `previous` is the value of the same indicator, actor and category in the previous period of the indicator's frequency (any status), or null.",
      params: initiativeParams,
      querystring: reviewListQuery,
      response: { 200: reviewList, ...errorResponses },
    },
    handler: async (request) => listForReview(app.db, request.access, request.query),
  });

  app.route({
    method: 'POST',
    url: `${url}/review`,
    onRequest: [authorize(...REVIEWERS)],
    schema: {
      tags,
      summary: 'Approve values, or return them to who entered them with a reason',
      params: initiativeParams,
      body: measurementReview,
      response: { 200: listOf(measurement), ...errorResponses },
    },
    handler: async (request) => ({ items: await reviewMeasurements(app.db, request.access, request.body) }),
  });

  app.route({
    method: 'GET',
    url: `${url}/:id`,
    onRequest: [authorize()],
    schema: { tags, summary: 'One value', params: resourceParams, response: { 200: measurement, ...errorResponses } },
    handler: async (request) => found(await getMeasurement(app.db, request.access, request.params.id), 'Measurement'),
  });

  app.route({
    method: 'GET',
    url: `${url}/history`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "Every change of one cell's value, newest first, across deletions and re-entries",
      description:
        "A partner sees all of its own organisations' values; of another organisation's value only the states that counted (approved, or submitted when the initiative does not require approval), without drafts, returns, their reasons or notes.",
      params: initiativeParams,
      querystring: cellHistoryQuery,
      response: { 200: valueHistory, ...errorResponses },
    },
    handler: async (request) => ({ items: await cellHistory(app.db, request.access, request.query) }),
  });

  app.route({
    method: 'GET',
    url: `${url}/:id/history`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Every change of a value, newest first (also after it was deleted)',
      description:
        "As the caller may see it: a partner gets 404 for another organisation's value it cannot see, and of one it can see only the states that counted.",
      params: resourceParams,
      response: { 200: valueHistory, ...errorResponses },
    },
    handler: async (request) => ({ items: found(await measurementHistory(app.db, request.access, request.params.id), 'Measurement') }),
  });

  app.route({
    method: 'DELETE',
    url: `${url}/:id`,
    onRequest: [authorize('admin', 'backbone', 'partner')],
    schema: {
      tags,
      summary: 'Delete a value; `version` must be the current one',
      description:
        "Deleting a disaggregated value's total deletes its category values with it. A single category value may only be deleted when " +
        'its dimension still adds up to the total afterwards (else 422); change the cell through PUT instead.',
      params: resourceParams,
      querystring: measurementDeleteQuery,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      await deleteMeasurement(app.db, request.access, request.params.id, request.query.version, request.query.reason);
      return reply.status(204).send(null);
    },
  });
}
