import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = inject('baseUrl');
export const enabled = baseUrl !== null;

export interface OpenBrowser {
  context: BrowserContext;
  page: Page;
  /** Content Security Policy violations reported by any page so far; closing fails if there are any. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Every page of the browser reports CSP violations, so each test run is also a test of the policy. */
export async function openBrowser(locale = 'en-GB'): Promise<OpenBrowser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: inject('chromiumPath')!,
    headless: true,
    locale,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const cspViolations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  context.on('console', (msg) => {
    const text = msg.text();
    if (/^CSP violation|Refused to|Content Security Policy/.test(text)) cspViolations.push(`${msg.page()?.url()}: ${text}`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    cspViolations,
    close: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (cspViolations.length) throw new Error(`Content Security Policy violations:\n${cspViolations.join('\n')}`);
    },
  };
}

export const DEMO_PASSWORD = 'collective-impact';

export async function signIn(page: Page, email: string, button: RegExp = /sign in/i) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  // The app remembers the last initiative per browser; each test starts as a newcomer.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel(/e-?(mail|post)/i).fill(email);
  await page.getByLabel(/password|lösenord|adgangskode/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: button }).click();
}

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page) {
  // Evaluated through the debugging protocol: an inline <script> tag would be (rightly) refused by
  // the page's Content Security Policy.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // React Aria's hidden live-announcer region briefly holds references to elements that are
    // already gone; it is not part of the page people read.
    const result = await axe.run({ exclude: [['[data-live-announcer]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

