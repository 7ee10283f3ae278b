// Every API route, fuzzed from its own schemas plus hostile input (NUL, lone surrogates, huge strings,
// deep JSON, extreme numbers, bad period keys, wrong types, long path parameters, unknown fields),
// as an admin of a populated initiative and without a token: no answer may be a 5xx, and every
// 4xx must carry the error shape. FUZZ_RUNS sets the number of requests, FUZZ_SEED the seed.
import { eq, getTableColumns, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../src/db/schema/index.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';
import { signIn } from './helpers.js';
import { routeTable, type JsonSchema, type RouteEntry } from './route-table.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20250901);

const HUGE = 'x'.repeat(10 * 1024 * 1024);
const DEEP_ARRAY = '['.repeat(10_000) + ']'.repeat(10_000);
const DEEP_OBJECT = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);

const hostileStrings = [
  '\u0000', 'a\u0000b', '%00', '\uD800', 'x\uDFFFy', '\uDFFF\uD800', '', ' ', 'x'.repeat(300), 'x'.repeat(100_000),
  '1e308', '-1e308', '-0', 'NaN', 'Infinity', '-Infinity', '0x10', '9'.repeat(400),
  '2025-13', '2025-Q5', '2025-H3', '0001', '0001-01', '0001-Q1', '9999-Q4', '0000', '99999', '2025-00', '2025-W01',
  '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '0001-01-01', '2025-02-30', 'FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31',
  '../../etc/passwd', '<script>alert(1)</script>', "'; drop table users; --", '__proto__', 'constructor', 'true', 'null', '[]', '{}',
];
const hostileNumbers = [1e308, -1e308, -0, 2 ** 53, -(2 ** 53), 1e15, -1e15, 1e-308, 5e-324, Number.MAX_VALUE, 123456789.123456789];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...hostileStrings, ...hostileNumbers, true, false, null, [], {}, [null], { __proto__: { admin: true } }),
  fc.anything({ maxDepth: 3 }),
);

/** Values of a JSON schema from the OpenAPI document, mixed with hostile ones at every level. */
function fromSchema(s: JsonSchema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const valid = validFromSchema(s ?? {}, ids, depth);
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
}

function validFromSchema(s: JsonSchema, ids: string[], depth: number): fc.Arbitrary<unknown> {
  const variants = s.anyOf ?? s.oneOf;
  if (Array.isArray(variants)) return fc.oneof(...variants.map((v: JsonSchema) => fromSchema(v, ids, depth)));
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  const type = Array.isArray(s.type) ? s.type : [s.type];
  const arbs = type.map((t: string | undefined): fc.Arbitrary<unknown> => {
    switch (t) {
      case 'string':
        if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
        if (s.format === 'date-time') return fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
        if (s.format === 'date') return fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
        if (s.format === 'email') return fc.emailAddress();
        return fc.oneof(
          fc.constantFrom('2024', '2024-Q1', '2024-H2', '2024-03', '2025-Q4', 'FREQ=WEEKLY;BYDAY=MO', 'Europe/Stockholm', 'en'),
          fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) }),
        );
      case 'integer':
        return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 1000, 1e9) });
      case 'number':
        return fc.double({ min: Math.max(s.minimum ?? -1e6, -1e12), max: Math.min(s.maximum ?? 1e6, 1e12), noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return depth > 4 ? fc.constant([]) : fc.array(fromSchema(s.items, ids, depth + 1), { maxLength: Math.min(s.maxItems ?? 4, 4) });
      case 'object': {
        if (depth > 4 || !s.properties) return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 });
        const props = Object.fromEntries(Object.entries(s.properties as Record<string, JsonSchema>).map(([k, v]) => [k, fromSchema(v, ids, depth + 1)]));
        const record = fc.record(props, { requiredKeys: (s.required ?? []).filter((k: string) => k in props) });
        // Sometimes a field the schema does not know.
        return fc.tuple(record, fc.option(hostileValue, { freq: 5 })).map(([r, extra]) => (extra === null ? r : { ...(r as object), unknownField: extra }));
      }
      default:
        return hostileValue;
    }
  });
  return arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
}

interface FuzzRequest {
  url: string;
  query: Record<string, unknown>;
  body: unknown;
  /** A raw text body instead of `body`, e.g. 10,000 levels of nesting. */
  raw: string | null;
  anonymous: boolean;
}

function requestsFor(route: RouteEntry, ids: string[], fixtureInitiative: string): fc.Arbitrary<FuzzRequest> {
  const parameters = route.operation.parameters ?? [];
  const pathParam = (name: string) =>
    fc.oneof(
      { weight: 6, arbitrary: name === 'initiativeId' ? fc.constant(fixtureInitiative) : fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom('x'.repeat(101), 'a'.repeat(5000), '\u0000', '%00', '\uD800', '..', 'not-a-uuid') },
    );
  const params = fc.record(Object.fromEntries(route.params.map((p) => [p, pathParam(p)])));
  const queryArbs = Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, fromSchema(p.schema, ids)]));
  const query = fc.record(queryArbs, { requiredKeys: [] });
  const bodySchema = route.operation.requestBody?.content?.['application/json']?.schema;
  const body = bodySchema ? fromSchema(bodySchema, ids) : fc.constant(undefined);
  const raw = fc.option(fc.constantFrom(DEEP_ARRAY, DEEP_OBJECT, JSON.stringify({ text: HUGE }), '{"a":', '\u0000'), { freq: 15 });
  return fc.record({ params, query, body, raw, anonymous: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) }).map((r) => {
    let url = route.url;
    for (const [name, value] of Object.entries(r.params)) {
      // The fixture itself stays: deleting it would leave nothing to fuzz.
      // So does `..`, which the URL resolves to the parent: `DELETE …/imports/..` deletes the initiative.
      const v = route.method === 'DELETE' && (route.url === '/api/v1/initiatives/:initiativeId' || value === '..') ? '00000000-0000-4000-8000-000000000000' : value;
      url = url.replace(`:${name}`, encode(String(v)));
    }
    return { url, query: r.query, body: r.body, raw: route.method === 'GET' ? null : r.raw, anonymous: r.anonymous };
  });
}

/** Percent-encoding; a lone surrogate (which UTF-8 cannot encode) is sent as the bytes of one. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.split(/([\uD800-\uDFFF])/).map((part) => (/^[\uD800-\uDFFF]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part))).join('');
  }
}

function queryString(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) parts.push(`${encode(k)}=${encode(typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

let f: ReportFixture;
let ids: string[];

beforeAll(async () => {
  f = await createReportFixture({ publicView: true });
  const found = new Set<string>([...f.actorIds, f.seriesId, f.heldMeetingId, f.seriesMeetingId, ...Object.values(f.users).map((u) => u.id)]);
  for (const table of Object.values(schema)) {
    if (!is(table, PgTable)) continue;
    const columns = getTableColumns(table);
    if (!('id' in columns) || !('initiativeId' in columns)) continue;
    const rows = await f.db.select({ id: columns.id }).from(table).where(eq(columns.initiativeId, f.initiativeId)).limit(5);
    for (const row of rows) found.add(String(row.id));
  }
  // The admin the fuzzer acts as keeps its membership and account, or every later request would
  // stop at 404 and fuzz nothing.
  const [own] = await f.db.select({ id: schema.memberships.id }).from(schema.memberships).where(eq(schema.memberships.userId, f.users.admin.id));
  found.delete(own.id);
  found.delete(f.users.admin.id);
  ids = [...found];
}, 120_000);

describe('fuzzing every route', () => {
  it('never answers 5xx, and answers every 4xx in the error shape', async () => {
    const routes = routeTable(f.app);
    const perRoute = Math.ceil(RUNS / routes.length);
    const failures = new Map<string, string>();
    let requests = 0;
    let serverErrors = 0;
    console.log(`fuzz: seed ${SEED}, ${routes.length} routes, ${perRoute} requests each`);
    for (const [index, route] of routes.entries()) {
      const samples = fc.sample(requestsFor(route, ids, f.initiativeId), { numRuns: perRoute, seed: SEED + index });
      for (const r of samples) {
        // Signing out ends the session it is sent with: give it one of its own, so the admin's stays.
        const own = route.key === 'POST /api/v1/auth/logout' ? { authorization: `Bearer ${await signIn(f.app, f.users.admin.id)}` } : f.auth('admin');
        const headers: Record<string, string> = r.anonymous ? {} : { ...own };
        let payload: string | undefined;
        if (r.raw !== null) payload = r.raw;
        else if (r.body !== undefined && route.method !== 'GET') payload = JSON.stringify(r.body);
        if (payload !== undefined) headers['content-type'] = 'application/json';
        const res = await f.app.inject({ method: route.method, url: r.url + queryString(r.query), headers, payload });
        requests++;
        const where = `${route.key} → ${res.statusCode}`;
        if (res.statusCode >= 500) {
          serverErrors++;
          if (!failures.has(where)) failures.set(where, `${r.url.slice(0, 200)}${queryString(r.query).slice(0, 200)} ${String(payload).slice(0, 300)}`);
        } else if (res.statusCode >= 400) {
          let shaped = false;
          try {
            const b = res.json();
            shaped = typeof b?.error?.code === 'string' && typeof b?.error?.message === 'string';
          } catch {
            shaped = false;
          }
          if (!shaped && !failures.has(`${where} shape`)) failures.set(`${where} shape`, `${r.url.slice(0, 200)}: ${res.body.slice(0, 200)}`);
        }
      }
    }
    console.log(`fuzz: ${requests} requests, ${serverErrors} answered 5xx (seed ${SEED})`);
    expect(Object.fromEntries(failures)).toEqual({});
    // Every route was fuzzed as a signed-in admin: the session and the membership lasted to the end.
    expect((await f.app.inject({ method: 'GET', url: f.url(''), headers: f.auth('admin') })).statusCode).toBe(200);
  }, 600_000);
});
