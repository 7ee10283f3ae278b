// Shared pieces of the user journeys: the API as a second person acting meanwhile, the app's own
// catalogue texts (so a small wording change does not break a journey), and a watch on the console.
import type { Page } from 'playwright-core';
import sv from '../web/src/i18n/sv.json';
import da from '../web/src/i18n/da.json';
import en from '../web/src/i18n/en.json';
import { baseUrl, DEMO_PASSWORD, openBrowser } from './browser.js';

export type Lang = 'sv' | 'da' | 'en';
const CATALOGUES: Record<Lang, unknown> = { sv, da, en };

/**
 * A catalogue text with its placeholders filled, as i18next would show it (`_one`/`_other` by
 * `count`). Nested `$t(...)` vocabulary is not resolved: use such keys only through `words`.
 */
function template(lang: Lang, key: string, count: unknown): string {
  const walk = (k: string): unknown => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[lang]);
  let found = walk(key);
  if (found === undefined && typeof count === 'number') found = walk(`${key}_${count === 1 ? 'one' : 'other'}`);
  if (typeof found !== 'string') throw new Error(`No text ${lang}:${key}`);
  return found;
}

export function text(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return template(lang, key, values.count).replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A tolerant pattern for a catalogue text: case-insensitive, any run of spaces, and placeholders
 * that were not given match anything, so a label still matches when its wording around the
 * filled-in part is unchanged.
 */
export function words(lang: Lang, key: string, values: Record<string, string | number> = {}, whole = false): RegExp {
  const source = template(lang, key, values.count)
    .split(/({{\s*\w+\s*}})/)
    .map((part) => {
      const name = /^{{\s*(\w+)\s*}}$/.exec(part)?.[1];
      if (name && name in values) return escape(String(values[name])).replace(/\s+/g, '\\s+');
      if (name) return '.*?';
      return escape(part).replace(/\s+/g, '\\s+');
    })
    .join('');
  return new RegExp(whole ? `^${source}$` : source, 'i');
}

/** A list box button, named by its current choice followed by its label: matched by the label at the end. */
export function selectNamed(lang: Lang, key: string): RegExp {
  const inner = words(lang, key).source;
  return new RegExp(`(^|\\s)${inner}$`, 'i');
}

export async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export async function api<T>(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? null : await res.json()) as T;
}

export async function initiativeIdByName(token: string, name: string): Promise<string> {
  const { items } = await api<{ items: { id: string; name: string }[] }>('/initiatives', token);
  const found = items.find((i) => i.name === name);
  if (!found) throw new Error(`No initiative ${name}`);
  return found.id;
}

/** A name no earlier run or other test uses, so journeys can run in any order on a shared server. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`;
}

export type Journey = Awaited<ReturnType<typeof openBrowser>> & {
  /** Console errors and uncaught exceptions since the watch began, minus those the journey expects. */
  errors: string[];
  /** Responses the journey provokes on purpose (a 409 of a conflict), whose console line is expected. */
  expect(pattern: RegExp): void;
};

/**
 * A fresh browser for one person, with its console watched from the first page on, the sign-in
 * page included (asking who is signed in answers 200 even to nobody).
 */
export async function journeyBrowser(locale: string): Promise<Journey> {
  const browser = await openBrowser(locale);
  const errors: string[] = [];
  const expected: RegExp[] = [];
  browser.page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const line = `${msg.text()} (${msg.location().url})`;
    if (!expected.some((p) => p.test(line))) errors.push(line);
  });
  browser.page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return Object.assign(browser, { errors, expect: (p: RegExp) => void expected.push(p) });
}

/** Signs in through the form of the page's language and waits for the app behind it. */
export async function signInAs(page: Page, email: string, lang: Lang) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel(words(lang, 'auth.email')).fill(email);
  await page.getByLabel(words(lang, 'auth.password')).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: words(lang, 'auth.signIn', {}, true) }).click();
  await page.getByRole('button', { name: words(lang, 'account.menuFor') }).waitFor({ timeout: 30_000 });
}

/** Waits until no loading indicator is left on the screen. */
export async function settled(page: Page) {
  for (let i = 0; i < 120; i++) {
    if ((await page.locator('.state--loading').count()) === 0) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`still loading: ${page.url()}`);
}
