// npm run lighthouse [-- --mobile] [-- --runs N]: Lighthouse on three pages of the built app, each
// score must be at least 95 and the JavaScript of the first page at most 200 KB as transferred
// (compressed). Each page is audited N times (default 3) and the median run counts, as Lighthouse's
// own guidance on variability advises: one run on a busy machine says little.
//   1. builds what is out of date (scripts/build.mjs), installs Lighthouse on the first run
//      (scripts/lighthouse/, kept out of the app's own dependencies),
//   2. starts the server on a fresh data folder in a temporary directory, with the demo data,
//   3. signs in as backbone@demo.test through the API and hands Chromium the session cookie,
//   4. audits the sign-in page (signed out), the overview of the Swedish demo initiative and one of
//      its indicator pages, with the desktop settings (--mobile: Lighthouse's mobile settings).
// Chromium: CHROME_PATH, default /usr/bin/chromium. The reports are written to LIGHTHOUSE_OUT
// (default: a temporary folder) as HTML and JSON.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const TOOL = path.join(ROOT, 'scripts', 'lighthouse');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const MIN_SCORE = 95;
const MAX_INITIAL_JS_KB = 200;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const mobile = process.argv.includes('--mobile');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;

function say(line) {
  console.error(line);
}

function run(cmd, args, cwd = ROOT) {
  const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts the built server on `dataDir`; resolves when its banner says it is running. */
async function startServer(dataDir, port) {
  const child = spawn(process.execPath, ['server/dist/server.js'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', SCHEDULER: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 180 s')), 180_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return child;
}

async function api(base, urlPath, init = {}) {
  const res = await fetch(`${base}/api/v1${urlPath}`, init);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${urlPath}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The pages to audit: [title, url, signed in]. */
async function pages(base) {
  const { token } = await api(base, '/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'backbone@demo.test', password: 'collective-impact' }),
  });
  const auth = { authorization: `Bearer ${token}` };
  const me = await api(base, '/me', { headers: auth });
  const swedish = me.memberships.find((m) => m.initiativeName === 'Hela vägen Ekdalen') ?? me.memberships[0];
  if (!swedish) throw new Error('backbone@demo.test has no initiative');
  const { items } = await api(base, `/initiatives/${swedish.initiativeId}/indicators`, { headers: auth });
  if (!items?.length) throw new Error('the demo initiative has no indicators');
  return {
    token,
    list: [
      ['sign-in page', `${base}/login`, false],
      [`overview (${swedish.initiativeName})`, `${base}/i/${swedish.initiativeId}`, true],
      [`indicator (${items[0].name})`, `${base}/i/${swedish.initiativeId}/indicators/${items[0].id}`, true],
    ],
  };
}

async function main() {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  if (!fs.existsSync(path.join(TOOL, 'node_modules', 'lighthouse', 'package.json'))) {
    say('installing Lighthouse (first run only)…');
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], TOOL);
  }
  say('building what is out of date…');
  run(process.execPath, ['scripts/build.mjs']);

  const lighthouseModule = path.join(TOOL, 'node_modules', 'lighthouse');
  const { default: lighthouse } = await import(pathToFileURL(path.join(lighthouseModule, 'core', 'index.js')).href);
  const config = mobile ? undefined : (await import(pathToFileURL(path.join(lighthouseModule, 'core', 'config', 'desktop-config.js')).href)).default;
  const chromeLauncher = await import(pathToFileURL(path.join(TOOL, 'node_modules', 'chrome-launcher', 'dist', 'index.js')).href);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-lighthouse-'));
  const out = process.env.LIGHTHOUSE_OUT ? path.resolve(process.env.LIGHTHOUSE_OUT) : path.join(tmp, 'reports');
  fs.mkdirSync(out, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  say(`starting the server on a fresh data folder (${base})…`);
  const server = await startServer(path.join(tmp, 'data'), port);
  let chrome;
  const rows = [];
  let initialJs;
  try {
    const { token, list } = await pages(base);
    chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    for (const [index, [title, url, signedIn]] of list.entries()) {
      const runs = [];
      for (let run = 1, retries = 0; run <= RUNS; run++) {
        say(`auditing the ${title} (run ${run} of ${RUNS})…`);
        const { lhr, report } = await lighthouse(
          url,
          {
            port: chrome.port,
            output: ['html', 'json'],
            logLevel: 'error',
            onlyCategories: CATEGORIES,
            ...(signedIn ? { extraHeaders: { Cookie: `ci_session=${token}` } } : {}),
          },
          config,
        );
        if (lhr.runtimeError) {
          // Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is done again.
          if (++retries > 2) throw new Error(`${title}: ${lhr.runtimeError.message}`);
          say(`  ${lhr.runtimeError.code ?? 'error'}: run ${run} again`);
          run--;
          continue;
        }
        runs.push({ lhr, report, scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) });
      }
      // The median run by performance (the other categories do not vary between runs).
      const median = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor((runs.length - 1) / 2)];
      const slug = `${index + 1}-${title.split(' ')[0].replace(/[^a-z-]/gi, '').toLowerCase()}`;
      fs.writeFileSync(path.join(out, `${slug}.html`), median.report[0]);
      fs.writeFileSync(path.join(out, `${slug}.json`), median.report[1]);
      rows.push({ title, scores: median.scores, runs: runs.map((r) => r.scores.performance), failing: failingAudits(median.lhr) });
      if (index === 0) initialJs = scriptBytes(median.lhr);
    }
  } finally {
    await chrome?.kill();
    server.kill('SIGTERM');
    await new Promise((r) => server.on('exit', r));
    if (!process.env.LIGHTHOUSE_OUT) say(`reports: ${out} (removed with the temporary folder on the next reboot)`);
    fs.rmSync(path.join(tmp, 'data'), { recursive: true, force: true });
  }

  const width = Math.max(...rows.map((r) => r.title.length));
  console.log(`\nLighthouse ${mobile ? 'mobile' : 'desktop'} scores, median of ${RUNS} run${RUNS === 1 ? '' : 's'} (at least ${MIN_SCORE} each):\n`);
  console.log(`  ${'page'.padEnd(width)}  ${CATEGORIES.map((c) => c.padStart(16)).join('')}  performance per run`);
  for (const r of rows) {
    console.log(`  ${r.title.padEnd(width)}  ${CATEGORIES.map((c) => String(r.scores[c]).padStart(16)).join('')}  ${r.runs.join(', ')}`);
  }
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  console.log(
    `\n  JavaScript of the first page: ${kb(initialJs.transferred)} KB transferred (at most ${MAX_INITIAL_JS_KB} KB), ` +
      `${kb(initialJs.resource)} KB uncompressed, in ${initialJs.files} files`,
  );
  const low = rows.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < MIN_SCORE).map((c) => `${r.title}: ${c} ${r.scores[c]}`));
  for (const r of rows.filter((row) => CATEGORIES.some((c) => row.scores[c] < MIN_SCORE))) {
    console.log(`\n  ${r.title}, audits not passed:`);
    for (const a of r.failing) console.log(`    ${a}`);
  }
  const tooBig = initialJs.transferred > MAX_INITIAL_JS_KB * 1024;
  if (low.length || tooBig) {
    console.log(`\nNot good enough: ${[...low, ...(tooBig ? ['initial JavaScript too large'] : [])].join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll scores at least 95, and the first page’s JavaScript within its budget.');
  }
}

/** The scripts the page loaded, as transferred and as decoded. */
function scriptBytes(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = items.filter((i) => i.resourceType === 'Script');
  return {
    files: scripts.length,
    transferred: scripts.reduce((sum, i) => sum + (i.transferSize ?? 0), 0),
    resource: scripts.reduce((sum, i) => sum + (i.resourceSize ?? 0), 0),
  };
}

/** Titles of the audits that count towards a score and did not pass. */
function failingAudits(lhr) {
  const out = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
        out.push(`${c}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  return out;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
