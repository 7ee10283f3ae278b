import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, enabled, openBrowser, signIn } from './browser.js';

/** The Swedish demo initiative's id, read through the API as its admin. */
async function swedishInitiativeId(): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.test', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const list = await fetch(`${baseUrl}/api/v1/initiatives`, { headers: { authorization: `Bearer ${token}` } });
  const { items } = (await list.json()) as { items: { id: string; name: string }[] };
  return items.find((i) => i.name === 'Hela vägen Ekdalen')!.id;
}

describe.skipIf(!enabled)('quarterly meeting mode and the public page in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let initiativeId: string;
  beforeAll(async () => {
    browser = await openBrowser('en-GB');
    initiativeId = await swedishInitiativeId();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves through the slides with the keyboard and leaves with Escape', async () => {
    const { page } = browser;
    await signIn(page, 'backbone@demo.test');
    await page.getByRole('button', { name: /^account:/i }).waitFor({ timeout: 20_000 });
    await page.goto(`${baseUrl}/i/${initiativeId}/present`);
    const counter = page.locator('.presentation__counter');
    await expect.poll(() => counter.textContent(), { timeout: 30_000 }).toMatch(/^1 \/ \d+$/);
    const total = Number((await counter.textContent())!.split('/')[1]);
    // Title slide, one slide per indicator (12 in the demo), a closing slide.
    expect(total).toBeGreaterThanOrEqual(14);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe(`2 / ${total}`);
    await page.keyboard.press('End');
    await expect.poll(() => counter.textContent()).toBe(`${total} / ${total}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toMatch(/\/present/);
  });

  it('shows the public page without signing in', async () => {
    const anonymous = await openBrowser('sv-SE');
    try {
      await anonymous.page.goto(`${baseUrl}/public/${initiativeId}`);
      await expect
        .poll(() => anonymous.page.getByText('Varje ung människa i Ekdalen', { exact: false }).count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(anonymous.page.url()).not.toMatch(/login/);
    } finally {
      await anonymous.close();
    }
  });
});
