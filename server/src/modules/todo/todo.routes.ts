import { errorResponses, initiativeParams, todoResponse } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { reportingTodo } from './todo.repository.js';

const tags = ['measurements'];

export default async function todoRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/todo',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "The caller's reporting to-do: values sent back, values due now and late values",
      description:
        "For a partner, the organisations it reports for; for admin and backbone also the population-level values. " +
        'Only expected reporters from the indicator\'s first reporting period on; archived indicators are left out. ' +
        'The steering group gets an empty list.',
      params: initiativeParams,
      response: { 200: todoResponse, ...errorResponses },
    },
    handler: async (request) => reportingTodo(app.db, request.params.initiativeId, request.access),
  });
}
