import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, enabled, openBrowser, signIn } from './browser.js';

describe.skipIf(!enabled)('the web app in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser('en-GB');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the sign-in page signed out without an error in the console, a failed request or an accessibility fault', async () => {
    const fresh = await openBrowser('en-GB');
    try {
      const errors: string[] = [];
      const failed: string[] = [];
      fresh.page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      fresh.page.on('pageerror', (err) => errors.push(err.message));
      fresh.page.on('response', (res) => {
        if (res.status() >= 400) failed.push(`${res.status()} ${res.request().method()} ${res.url()}`);
      });
      await fresh.page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' });
      await expect.poll(() => fresh.page.getByRole('heading', { name: 'Sign in' }).count(), { timeout: 20_000 }).toBe(1);
      // The start asked who is signed in, and was told nobody (not a 401).
      expect(await fresh.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))).toContain(
        '/api/v1/auth/session',
      );
      expect(errors).toEqual([]);
      expect(failed).toEqual([]);
      // The form as drawn, and with its messages for empty fields.
      expect(await axeViolations(fresh.page)).toEqual([]);
      await fresh.page.getByRole('button', { name: 'Sign in' }).click();
      await fresh.page.getByText('Enter your e-mail address.').waitFor();
      expect(await axeViolations(fresh.page)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a wrong password with a readable message', async () => {
    const { page } = browser;
    await page.goto(baseUrl!);
    await page.getByLabel(/e-?mail/i).fill('partner@demo.test');
    await page.getByLabel(/password/i).fill('not-the-password');
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect.poll(() => page.getByText(/not right/i).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('lets a partner sign in, see the overview of its initiative, and sign out', async () => {
    const { page } = browser;
    await signIn(page, 'partner@demo.test');
    await page.waitForURL(/\/i\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByRole('heading', { name: 'Alla klarar skolan' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText(/on track/i).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The partner does not manage members.
    expect(await page.getByRole('link', { name: /^members$/i }).count()).toBe(0);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    // Signing out is in the account menu.
    await page.getByRole('button', { name: /^account:/i }).click();
    await page.getByRole('button', { name: /sign out/i }).click();
    await page.waitForURL(/\/login/);
  });

  it('speaks the browser’s language: Danish and Swedish sign-in', async () => {
    for (const [locale, heading, field] of [
      ['da-DK', 'Log ind', 'E-mailadresse'],
      ['sv-SE', 'Logga in', 'E-postadress'],
    ] as const) {
      const other = await openBrowser(locale);
      try {
        await other.page.goto(`${baseUrl}/login`);
        await expect.poll(() => other.page.getByRole('heading', { name: heading }).count(), { timeout: 20_000 }).toBe(1);
        expect(await other.page.getByLabel(field).count()).toBe(1);
      } finally {
        await other.close();
      }
    }
  });

  it('lets backbone staff choose an initiative and open an indicator with its chart', async () => {
    const { page } = browser;
    await signIn(page, 'backbone@demo.test');
    await page.getByRole('link', { name: /Hela vägen Ekdalen/ }).first().click();
    await page.waitForURL(/\/i\/[0-9a-f-]{36}$/);
    const firstIndicator = page.locator('a[href*="/indicators/"]').first();
    await firstIndicator.click();
    await page.waitForURL(/\/indicators\//);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: /progress over time/i }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.recharts-surface').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/indicator-page.png`, fullPage: true });
  });
});
