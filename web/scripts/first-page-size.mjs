// The JavaScript the first page (sign-in and the app shell) needs, gzipped: the entry chunk, every
// chunk it imports statically, and the one language catalogue loaded before the first render.
// Chunks loaded later (screens, charts, the select widget) are listed separately.
// Usage: npm run build -w web && node web/scripts/first-page-size.mjs [sv|da|en]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const locale = process.argv[2] ?? 'sv';
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
if (!entry) throw new Error('No entry script in dist/index.html; run the build first');

const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const staticImports = (file) => {
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  // Static imports only: `import{…}from"./x.js"` and bare `import"./x.js"`, not `import("./x.js")`.
  return [...code.matchAll(/import(?:[^"'()]*?from)?\s*["'](\.\/[^"']+\.js)["']/g)].map((m) => path.posix.join(path.posix.dirname(file), m[1]));
};

const initial = new Set();
const visit = (file) => {
  if (initial.has(file)) return;
  initial.add(file);
  for (const dep of staticImports(file)) visit(dep);
};
visit(entry);
const catalogue = fs.readdirSync(path.join(dist, 'assets')).find((f) => f.startsWith(`${locale}-`) && f.endsWith('.js'));
if (catalogue) initial.add(`assets/${catalogue}`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
console.log(`First page (sign-in + shell, ${locale}):`);
for (const file of [...initial].sort()) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(48)} ${kb(size).padStart(9)}`);
}
console.log(`  ${'total JavaScript, gzipped'.padEnd(48)} ${kb(total).padStart(9)}`);
const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
for (const file of css) console.log(`  ${file.padEnd(48)} ${kb(gz(file)).padStart(9)} (CSS)`);

const later = fs
  .readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`))
  .map((f) => [f, gz(`assets/${f}`)])
  .sort((a, b) => b[1] - a[1]);
console.log(`Loaded later, on demand (${later.length} chunks, ${kb(later.reduce((s, [, n]) => s + n, 0))}); largest:`);
for (const [f, n] of later.slice(0, 8)) console.log(`  assets/${f.padEnd(41)} ${kb(n).padStart(9)}`);
