// Reads every GET route of one initiative from two apps and reports where their answers differ:
// the yardstick for a backup that moved an initiative between installations.
import ExcelJS from 'exceljs';
import type { BuiltApp } from '../src/app.js';
import { routeTable, type RouteEntry } from './route-table.js';
import { pdfText } from './pdf-text.js';

const PREFIX = '/api/v1/initiatives/:initiativeId';

export interface Side {
  app: BuiltApp;
  headers: Record<string, string>;
}

export interface Comparison {
  /** `METHOD url` → number of requests compared. */
  compared: Map<string, number>;
  /** `METHOD url` → milliseconds spent on it. */
  timings: Map<string, number>;
  /** Routes not read, with the reason. */
  skipped: Map<string, string>;
  differences: string[];
}

/** Where the two installations may legitimately answer differently, per route. */
export interface Allowances {
  /** Routes not compared and why. */
  skip: Record<string, string>;
  /** Records read per list to fill a path parameter (the lists themselves are compared whole). */
  perList: number;
  /** Turns an answer of a route into what must match (drop generated ids, stamps, extra entries). */
  normalise?: (key: string, body: unknown, side: 'source' | 'target') => unknown;
}

function idsOf(body: unknown): string[] {
  const list = Array.isArray(body) ? body : (body as { items?: unknown[] })?.items;
  if (!Array.isArray(list)) return [];
  return list.map((i) => (i as { id?: unknown }).id).filter((v): v is string => typeof v === 'string');
}

async function read(side: Side, url: string) {
  return side.app.inject({ method: 'GET', url, headers: side.headers });
}

/** The body as comparable data: JSON parsed, spreadsheets and PDFs read back, text as text. */
async function content(res: Awaited<ReturnType<typeof read>>): Promise<unknown> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('json')) return res.json();
  if (type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb.worksheets.map((ws) => ({ name: ws.name, rows: ws.getSheetValues().map((r) => (Array.isArray(r) ? r.map(cell) : r)) }));
  }
  if (type.includes('pdf')) return (await pdfText(res.rawPayload)).text;
  // Calendars carry the time they were generated.
  return res.body.replace(/^DTSTAMP:.*$/gm, '');
}

function cell(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'result' in value) return (value as { result: unknown }).result;
  return value;
}

/** At most `n` items, spread evenly over the list (first and last included). */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]);
}

/**
 * Expands the path parameters after :initiativeId from the list one level up (e.g. `:id` of
 * `/goals/:id` from `/goals`), reading the source; the same ids must exist in the target.
 */
async function urlsOf(route: RouteEntry, source: Side, initiativeId: string, query: string, perList: number): Promise<string[]> {
  let urls = [PREFIX.replace(':initiativeId', initiativeId) + route.url.slice(PREFIX.length)];
  for (const param of route.params.slice(1)) {
    const next: string[] = [];
    for (const url of urls) {
      const at = url.indexOf(`:${param}`);
      const listUrl = url.slice(0, at - 1);
      const ids = spread(idsOf((await read(source, listUrl)).json()), perList);
      for (const id of ids) next.push(url.replace(`:${param}`, id));
    }
    urls = next;
  }
  return urls.map((u) => (query ? `${u}?${query}` : u));
}

export async function compareInitiativeReads(
  source: Side,
  target: Side,
  initiativeId: string,
  queries: Record<string, string>,
  allow: Allowances,
): Promise<Comparison> {
  const out: Comparison = { compared: new Map(), timings: new Map(), skipped: new Map(), differences: [] };
  const routes = routeTable(source.app).filter((r) => r.method === 'GET' && r.url.startsWith(PREFIX));
  for (const route of routes) {
    if (allow.skip[route.key]) {
      out.skipped.set(route.key, allow.skip[route.key]);
      continue;
    }
    const required = (route.operation.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => p.name);
    const query = queries[route.key] ?? '';
    const missing = required.filter((name) => !new URLSearchParams(query).has(name));
    if (missing.length > 0) {
      out.differences.push(`${route.key}: no values for the required query ${missing.join(', ')} (add them to the test)`);
      continue;
    }
    const started = performance.now();
    const urls = await urlsOf(route, source, initiativeId, query, allow.perList);
    if (urls.length === 0) {
      out.skipped.set(route.key, 'no such records in the demo');
      continue;
    }
    for (const url of urls) {
      const [a, b] = await Promise.all([read(source, url), read(target, url)]);
      if (a.statusCode !== 200) out.differences.push(`${url}: the source answered ${a.statusCode} ${a.body.slice(0, 200)}`);
      if (b.statusCode !== a.statusCode) {
        out.differences.push(`${url}: ${a.statusCode} in the source, ${b.statusCode} in the target ${b.body.slice(0, 200)}`);
        continue;
      }
      const norm = (body: unknown, side: 'source' | 'target') => (allow.normalise ? allow.normalise(route.key, body, side) : body);
      const left = JSON.stringify(norm(await content(a), 'source'));
      const right = JSON.stringify(norm(await content(b), 'target'));
      if (left !== right) out.differences.push(`${url}: bodies differ\n  source ${excerpt(left, right)}\n  target ${excerpt(right, left)}`);
    }
    out.compared.set(route.key, urls.length);
    out.timings.set(route.key, performance.now() - started);
  }
  return out;
}

/** Around the first character where two texts part. */
function excerpt(text: string, other: string): string {
  let i = 0;
  while (i < text.length && text[i] === other[i]) i++;
  return text.slice(Math.max(0, i - 120), i + 120);
}
