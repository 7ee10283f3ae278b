// How fast the Review screen draws and scrolls a long list, in a real Chromium against a running
// server (the built app, e.g. `npm run build -w web && PORT=3302 npm start -w server`):
//
//   BASE_URL=http://localhost:3302 npx tsx e2e/review-bench.ts
//
// It creates a throw-away initiative as the demo admin (BENCH_EMAIL / BENCH_PASSWORD to change),
// with BENCH_ACTORS actors (default 21) × 10 indicators (two percentages, two disaggregated by
// three categories) × 3 quarters of submitted values, each after an approved quarter (about 1 000
// submitted rows), then opens the screen BENCH_RUNS times (default 5) and prints, per run, the ms
// from navigation to the first rows on screen and from the list's response to those rows, the
// time and frame times of scrolling through the list at 300 px a frame, and how long the End key
// takes to show the last row. The initiative is deleted afterwards unless BENCH_KEEP=1.
import { chromium, type Page } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const email = process.env.BENCH_EMAIL ?? 'admin@demo.test';
const password = process.env.BENCH_PASSWORD ?? 'collective-impact';
const actorCount = Number(process.env.BENCH_ACTORS ?? 21);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? null : await res.json()) as T;
}

type Cell = { indicatorId: string; actorId: string; period: string; categoryId?: string; value?: number; numerator?: number; denominator?: number };

/** The initiative, its actors and indicators, one approved quarter and three submitted ones. */
async function seed(token: string) {
  const initiative = await call<{ id: string }>(token, 'POST', '/initiatives', { name: `Review benchmark ${new Date().toISOString()}`, locale: 'sv' });
  const at = (path: string) => `/initiatives/${initiative.id}${path}`;
  const actors: string[] = [];
  for (let i = 0; i < actorCount; i++) {
    actors.push((await call<{ id: string }>(token, 'POST', at('/actors'), { name: `Förening ${String(i + 1).padStart(2, '0')}`, sector: 'civil_society', joinedOn: '2024-01-01' })).id);
  }
  const indicators: { id: string; kind: 'number' | 'percentage' | 'split'; categories: string[] }[] = [];
  for (let i = 0; i < 10; i++) {
    const kind = i < 6 ? 'number' : i < 8 ? 'percentage' : 'split';
    const created = await call<{ id: string; dimensions: { categories: { id: string }[] }[] }>(token, 'POST', at('/indicators'), {
      code: `B${i + 1}`,
      name: `Benchmark indicator ${i + 1}`,
      unit: kind === 'percentage' ? '%' : 'deltagare',
      measureType: kind === 'percentage' ? 'percentage' : 'number',
      frequency: 'quarter',
      reportingFrom: '2024-Q4',
      dimensions: kind === 'split' ? [{ name: 'Kön', categories: [{ name: 'Flickor' }, { name: 'Pojkar' }, { name: 'Annat' }] }] : [],
    });
    indicators.push({ id: created.id, kind, categories: created.dimensions[0]?.categories.map((c) => c.id) ?? [] });
  }
  const cells = (period: string, seedValue: number): Cell[] =>
    indicators.flatMap((ind, i) =>
      actors.flatMap((actorId, a): Cell[] => {
        // Now and then a value jumps, so that some rows are flagged as outliers.
        const v = 20 + ((a * 7 + i * 13 + seedValue) % 60) * ((a + i + seedValue) % 17 === 0 ? 4 : 1);
        if (ind.kind === 'percentage') return [{ indicatorId: ind.id, actorId, period, numerator: Math.min(v, 90), denominator: 100 }];
        if (ind.kind === 'number') return [{ indicatorId: ind.id, actorId, period, value: v }];
        const parts = [Math.floor(v / 2), Math.floor(v / 3)];
        const rest = v - parts[0]! - parts[1]!;
        return [
          { indicatorId: ind.id, actorId, period, value: v },
          ...ind.categories.map((categoryId, c) => ({ indicatorId: ind.id, actorId, period, categoryId, value: [...parts, rest][c]! })),
        ];
      }),
    );
  const approved = await call<{ items: { id: string }[] }>(token, 'PUT', at('/measurements'), { items: cells('2024-Q4', 0) });
  await call(token, 'POST', at('/measurements/review'), { ids: approved.items.map((m) => m.id), action: 'approve' });
  let submitted = 0;
  for (const [n, period] of ['2025-Q1', '2025-Q2', '2025-Q3'].entries()) {
    submitted += (await call<{ items: unknown[] }>(token, 'PUT', at('/measurements'), { items: cells(period, n + 1) })).items.length;
  }
  return { initiativeId: initiative.id, submitted };
}

/** One visit: navigation to rows on screen, then scrolling to the end in steps of one window. */
async function measure(page: Page, initiativeId: string) {
  await page.goto('about:blank');
  await page.goto(`${base}/i/${initiativeId}/review`);
  await page.waitForFunction(() => document.querySelector('main table tbody th[scope=row]') !== null, undefined, { polling: 'raf', timeout: 60_000 });
  const shown = await page.evaluate(() => {
    const list = performance.getEntriesByType('resource').find((e) => e.name.includes('/measurements/review')) as PerformanceResourceTiming | undefined;
    const now = performance.now();
    return { rowsVisible: now, listResponse: list?.responseEnd ?? NaN, drawn: document.querySelectorAll('main table tbody tr[aria-rowindex]').length };
  });
  const scroll = await page.evaluate(async () => {
    const rowCount = Number(document.querySelector('main table')!.getAttribute('aria-rowcount'));
    const lastRow = () => document.querySelector(`main table tbody tr[aria-rowindex="${rowCount}"]`);
    const atEnd = () => {
      const row = lastRow();
      return row !== null && row.getBoundingClientRect().bottom <= window.innerHeight + 1;
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // Through the whole list at 300 px a frame (18 000 px/s: a fast flick of the wheel).
    window.scrollTo(0, 0);
    await frame();
    const frames: number[] = [];
    const start = performance.now();
    let last = start;
    while (!atEnd()) {
      window.scrollBy(0, 300);
      await frame();
      const now = performance.now();
      frames.push(now - last);
      last = now;
      if (now - start > 120_000) throw new Error('did not reach the last row in 120 s');
    }
    const through = performance.now() - start;
    // Straight to the end, as the End key does.
    window.scrollTo(0, 0);
    await frame();
    await frame();
    const jumpStart = performance.now();
    window.scrollTo(0, document.documentElement.scrollHeight);
    while (lastRow() === null) await frame();
    const jump = performance.now() - jumpStart;
    frames.sort((a, b) => a - b);
    const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * q))]!;
    return { rowCount, through, frames: frames.length, p50: at(0.5), p95: at(0.95), slowest: frames.at(-1)!, over50: frames.filter((f) => f > 50).length, jump };
  });
  return { ...shown, ...scroll };
}

const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
if (!login.ok) throw new Error(`login: ${login.status}`);
const { token } = (await login.json()) as { token: string };
const seeded = await seed(token);
console.log(`initiative ${seeded.initiativeId}: ${seeded.submitted} submitted values`);

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'sv-SE' });
  await context.request.post(`${base}/api/v1/auth/login`, { data: { email, password } });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await measure(page, seeded.initiativeId);
    results.push(r);
    console.log(
      `run ${i + 1}: rows visible ${r.rowsVisible.toFixed(0)} ms after navigation (${(r.rowsVisible - r.listResponse).toFixed(0)} ms after the list arrived, ` +
        `${r.drawn} of ${r.rowCount - 1} rows drawn); scrolled through in ${r.through.toFixed(0)} ms over ${r.frames} frames ` +
        `(frame p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, slowest ${r.slowest.toFixed(1)} ms, ${r.over50} over 50 ms); End: last row in ${r.jump.toFixed(0)} ms`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `median of ${runs}: rows visible ${median(results.map((r) => r.rowsVisible)).toFixed(0)} ms after navigation, ` +
      `${median(results.map((r) => r.rowsVisible - r.listResponse)).toFixed(0)} ms after the list; through the list ${median(results.map((r) => r.through)).toFixed(0)} ms ` +
      `(frame p50 ${median(results.map((r) => r.p50)).toFixed(1)} ms, p95 ${median(results.map((r) => r.p95)).toFixed(1)} ms); End ${median(results.map((r) => r.jump)).toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  if (process.env.BENCH_KEEP !== '1') await call(token, 'DELETE', `/initiatives/${seeded.initiativeId}`);
}
