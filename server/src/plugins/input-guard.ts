// Input every route refuses before its own schema runs: text PostgreSQL cannot store (NUL) or that
// is not valid Unicode (a lone UTF-16 surrogate), and JSON nested deeper than any of our documents,
// which would otherwise reach recursive code (validation, serialisation) and exhaust the stack.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../lib/errors.js';

/** Deeper than any request body of the API (imports are rows of cells: three levels). */
export const MAX_JSON_DEPTH = 32;

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Problem {
  field: string;
  message: string;
}

/** The first problem in a parsed value, walked without recursion so depth cannot overflow the stack. */
export function inputProblem(root: unknown, context: string): Problem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: context, depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (BAD_TEXT.test(value)) return { field: path, message: 'Text may not contain NUL characters or unpaired surrogates' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { field: path, message: `Nested more than ${MAX_JSON_DEPTH} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      if (BAD_TEXT.test(key)) return { field: path, message: 'Names may not contain NUL characters or unpaired surrogates' };
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return undefined;
}

export default fp(async function inputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, querystring: request.query, body: request.body };
    for (const [context, value] of Object.entries(parts)) {
      const problem = inputProblem(value, context);
      if (problem) throw new ValidationError('The request is not valid', [problem]);
    }
  });
});
