// Moving through the app the way the accessibility sweep and the screenshot set do: sign in once
// per role and language, then go from screen to screen inside the single-page app (no reload, so
// axe stays loaded), waiting each time until the screen has its data.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, openBrowser, type OpenBrowser } from './browser.js';

export type Role = 'admin' | 'backbone' | 'steering' | 'partner';
export type Lang = 'sv' | 'da';

/** The demo initiative each language is checked in; the partner belongs to the Swedish one only. */
export function initiativeFor(role: Role, lang: Lang): string {
  return lang === 'da' && role !== 'partner' ? 'Sammen om Nordhøj' : 'Hela vägen Ekdalen';
}

export interface Session extends OpenBrowser {
  /** /i/<id> of the initiative. */
  home: string;
}

/** One browser per role and language: signs in with the UI language chosen, opens the initiative. */
export async function openSession(role: Role, lang: Lang, viewport = { width: 1366, height: 800 }): Promise<Session> {
  const browser = await openBrowser(lang === 'da' ? 'da-DK' : 'sv-SE');
  const { page } = browser;
  await page.setViewportSize(viewport);
  await page.goto(`${baseUrl}/login`);
  await page.evaluate((locale) => {
    localStorage.clear();
    localStorage.setItem('ci.locale', locale);
  }, lang);
  await page.reload();
  await page.getByLabel(/e-?(mail|post)/i).fill(`${role}@demo.test`);
  await page.getByLabel(/lösenord|adgangskode|password/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /logga in|log ind|sign in/i }).click();
  // Someone in one initiative goes straight to it; others choose on the start page.
  await page.locator(`nav.sections, main a[href^="/i/"]`).first().waitFor({ timeout: 30_000 });
  if (!(await page.locator('nav.sections').count())) {
    await page.getByRole('link', { name: initiativeFor(role, lang) }).first().click();
  }
  await page.waitForURL(/\/i\/[0-9a-f-]{36}/, { timeout: 30_000 });
  const home = new URL(page.url()).pathname.match(/^\/i\/[0-9a-f-]{36}/)![0];
  await settle(page);
  return { ...browser, home };
}

/** The screen has drawn: a main heading, no loading indicator, for two frames running. */
export async function settle(page: Page, ready = 'h1') {
  await page.waitForFunction(
    (selector) => {
      const w = window as unknown as { __settled?: number };
      const done = document.querySelector(selector) !== null && document.querySelector('.state--loading, .state--inline') === null;
      w.__settled = done ? (w.__settled ?? 0) + 1 : 0;
      return w.__settled >= 3;
    },
    ready,
    { timeout: 30_000, polling: 50 },
  );
}

/**
 * Client-side navigation (as a click on a link would do): the old heading is marked first, so
 * waiting for a heading waits for the new screen, not the one being left.
 */
export async function go(page: Page, path: string, ready?: string) {
  const here = new URL(page.url());
  if (here.pathname + here.search === path) return settle(page, ready);
  await page.evaluate((to) => {
    document.querySelectorAll('h1').forEach((h) => h.setAttribute('data-stale', ''));
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settle(page, ready ?? 'h1:not([data-stale])');
}

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  targets: string[];
}

/** axe on the page as it stands (loaded once per page through the debugging protocol). */
export async function axeCheck(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // React Aria's hidden live-announcer region briefly holds references to elements that are
    // already gone; it is not part of the page people read.
    const result = await axe.run({ exclude: [['[data-live-announcer]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/** The sections the top navigation offers this role (what the sweep must visit), as paths. */
export async function navPaths(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('nav.sections a')).map((a) => new URL(a.href).pathname),
  );
}

/** The path of the first link on the current screen to one of `kind` (indicators, actors, meetings, ideas). */
export async function firstLink(page: Page, kind: string): Promise<string> {
  const link = page.locator(`main a[href*="/${kind}/"]`).first();
  await link.waitFor({ timeout: 30_000 });
  return new URL((await link.getAttribute('href'))!, baseUrl!).pathname;
}
