// The API's route table, read from the OpenAPI document the app generates from its zod schemas:
// the one list that the authorisation matrix and the fuzzer walk, so a new route joins both.
import type { BuiltApp } from '../src/app.js';

export interface RouteEntry {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify style, e.g. `/api/v1/initiatives/:initiativeId/goals/:goalId`. */
  url: string;
  /** `METHOD url`, the key of expectation tables. */
  key: string;
  /** Path parameter names in order. */
  params: string[];
  /** The OpenAPI operation: parameters (path, query) and requestBody with JSON schemas. */
  operation: OpenApiOperation;
}

export interface OpenApiOperation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  security?: unknown[];
  tags?: string[];
  summary?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonSchema = Record<string, any>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function routeTable(app: BuiltApp): RouteEntry[] {
  const doc = app.swagger() as { paths?: Record<string, Record<string, OpenApiOperation>> };
  const out: RouteEntry[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const url = path.replace(/\{([^}]+)\}/g, ':$1');
    const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const m of METHODS) {
      const operation = item[m];
      if (!operation) continue;
      const method = m.toUpperCase() as RouteEntry['method'];
      out.push({ method, url, key: `${method} ${url}`, params, operation });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
