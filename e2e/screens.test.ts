import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, enabled, openBrowser, signIn } from './browser.js';

// Every screen of an initiative, as its admin: it renders its heading and axe finds no violations.
const SCREENS = ['', '/entry', '/completeness', '/review', '/agenda', '/activities', '/meetings', '/members', '/reports', '/ideas', '/directory', '/entry/import', '/settings'];

describe.skipIf(!enabled)('every screen in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let home: string;
  beforeAll(async () => {
    browser = await openBrowser('sv-SE');
    await signIn(browser.page, 'admin@demo.test', /logga in/i);
    await browser.page.getByRole('link', { name: /Sammen om Nordhøj/ }).first().click();
    await browser.page.waitForURL(/\/i\/[0-9a-f-]{36}$/);
    home = browser.page.url();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('shows %s with a heading and without accessibility violations', async (screen) => {
    const { page } = browser;
    const earlier = browser.cspViolations.length;
    await page.goto(`${home}${screen}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    // Let the screen's data arrive: no loading indicator left.
    await expect.poll(() => page.locator('.state--loading').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('.state--error').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(browser.cspViolations.slice(earlier)).toEqual([]);
  });

  it('shows the API documentation under its Content Security Policy', async () => {
    const { page } = browser;
    const earlier = browser.cspViolations.length;
    await page.goto(`${baseUrl}/api/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    expect(browser.cspViolations.slice(earlier)).toEqual([]);
  });
});
