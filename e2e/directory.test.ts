// The competence directory in Chromium, as the partner of the Swedish demo: the chips count the
// organisations they find given the other filters, and the organisation's own page suggests who
// can help it and whom it can help, linking to them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, enabled, openBrowser, signIn } from './browser.js';

function chip(page: Page, group: string, label: string) {
  return page
    .getByRole('grid', { name: group })
    .getByRole('row')
    .filter({ has: page.getByText(label, { exact: true }) });
}

describe.skipIf(!enabled)('competence directory in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let home: string;
  beforeAll(async () => {
    browser = await openBrowser('sv-SE');
    await signIn(browser.page, 'partner@demo.test', /logga in/i);
    await browser.page.waitForURL(/\/i\/[0-9a-f-]{36}$/);
    home = browser.page.url();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('counts on each chip the organisations it finds, given the other filters', async () => {
    const { page } = browser;
    await page.goto(`${home}/directory`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'aktörer' }).textContent(), { timeout: 30_000 }).toBe('20 aktörer');
    // Premises are offered by the school, the housing company and the library.
    await expect.poll(() => chip(page, 'Kan erbjuda', 'Lokaler').locator('.chip__count').textContent(), { timeout: 15_000 }).toBe('3');
    await expect.poll(() => chip(page, 'Söker', 'Trygghet').locator('.chip__count').textContent()).toBe('3');
    await chip(page, 'Kan erbjuda', 'Lokaler').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'aktör' }).textContent()).toBe('3 aktörer');
    // Of those three, only the housing company looks for safety.
    await expect.poll(() => chip(page, 'Söker', 'Trygghet').locator('.chip__count').textContent()).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('suggests on one’s own page who can help and whom one can help, and links to them', async () => {
    const { page } = browser;
    await page.goto(`${home}/directory?q=${encodeURIComponent('Läxhjälpsföreningen')}`);
    await page.getByRole('link', { name: 'Läxhjälpsföreningen Ekdalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Läxhjälpsföreningen Ekdalen' }).waitFor();
    const helpUs = page.locator('section', { has: page.getByRole('heading', { name: 'Kan hjälpa er med' }) });
    await expect.poll(() => helpUs.locator('.help-card__offers > li').filter({ hasText: 'Café Mötet' }).textContent(), { timeout: 15_000 }).toBe('Café Mötet (socialt företag) erbjuder Catering');
    const weHelp = page.locator('section', { has: page.getByRole('heading', { name: 'Ni kan hjälpa' }) });
    expect(await weHelp.locator('.help-card').first().textContent()).toBe('Ekdalens bibliotek söker VolontärerNi erbjuder Volontärsamordning');
    expect(await axeViolations(page)).toEqual([]);

    await helpUs.getByRole('link', { name: 'Café Mötet (socialt företag)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Café Mötet (socialt företag)' }).waitFor();
    // Another organisation's page speaks of it, not of "you".
    await page.getByRole('heading', { name: 'Kan hjälpa dem med' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Kan hjälpa er med' }).count()).toBe(0);
  });
});
