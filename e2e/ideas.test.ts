// The ideas journey in Chromium: a partner proposes, two people of another organisation support it
// (one organisation's vote), the steering group accepts it (an activity appears, linked both ways)
// and declines another with a reason that its proposer then reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, enabled, openBrowser, signIn } from './browser.js';
import { api, login } from './journey-helpers.js';

const NEW_PASSWORD = 'Ekdalen-idea-journey-2026';

/** A new member of the organisation, with a password of their own (a new member must replace the temporary one). */
async function memberOf(adminToken: string, initiativeId: string, actorId: string, email: string) {
  const created = await api<{ temporaryPassword: string }>(`/initiatives/${initiativeId}/members`, adminToken, {
    method: 'POST',
    body: { email, name: email.split('@')[0], role: 'partner', actorIds: [actorId] },
  });
  const token = await login(email, created.temporaryPassword);
  await api('/me/password', token, { method: 'POST', body: { currentPassword: created.temporaryPassword, newPassword: NEW_PASSWORD } });
}

async function signInAs(page: Page, email: string, password?: string) {
  if (password) {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByLabel(/e-?mail/i).fill(email);
    await page.getByLabel(/password/i).fill(password);
    await page.getByRole('button', { name: /sign in/i }).click();
  } else {
    await signIn(page, email);
  }
  await page.getByRole('button', { name: /^account:/i }).waitFor({ timeout: 30_000 });
}

describe.skipIf(!enabled)('ideas in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let initiativeId: string;
  let adminToken: string;
  let supporter: { id: string; name: string };
  const title = 'Chess club in the library on Thursdays';

  beforeAll(async () => {
    browser = await openBrowser('en-GB');
    adminToken = await login('admin@demo.test');
    const { items } = await api<{ items: { id: string; name: string }[] }>('/initiatives', adminToken);
    initiativeId = items.find((i) => i.name === 'Hela vägen Ekdalen')!.id;
    const me = await api<{ memberships: { initiativeId: string; actorIds: string[] }[] }>('/me', await login('partner@demo.test'));
    const partnerActors = me.memberships.find((m) => m.initiativeId === initiativeId)!.actorIds;
    const actors = await api<{ items: { id: string; name: string }[] }>(`/initiatives/${initiativeId}/actors`, adminToken);
    supporter = actors.items.find((a) => !partnerActors.includes(a.id))!;
    await memberOf(adminToken, initiativeId, supporter.id, 'first.supporter@demo.test');
    await memberOf(adminToken, initiativeId, supporter.id, 'second.supporter@demo.test');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a partner propose an idea, which two people of another organisation support as one organisation', async () => {
    const { page } = browser;
    await signInAs(page, 'partner@demo.test');
    await page.goto(`${baseUrl}/i/${initiativeId}/ideas`);
    await page.getByRole('button', { name: 'Propose an idea' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Description').fill('Older pupils teach younger ones; the library lends the room.');
    await dialog.getByRole('button', { name: 'Propose the idea' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
    await page.getByText('No organisation supports this idea yet.').waitFor();

    for (const email of ['first.supporter@demo.test', 'second.supporter@demo.test']) {
      await signInAs(page, email, NEW_PASSWORD);
      await page.goto(`${baseUrl}/i/${initiativeId}/ideas`);
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
      const button = page.getByRole('button', { name: `Support as ${supporter.name}`, exact: true });
      await button.waitFor({ timeout: 30_000 });
      // The second person finds the organisation's vote already given: the count is of organisations.
      if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.getByText('1 organisation', { exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.getByRole('list', { name: 'Organisations that support the idea' }).getByText(supporter.name).waitFor();
    }
  });

  it('lets the steering group accept it: the activity appears, linked to the idea', async () => {
    const { page } = browser;
    await signInAs(page, 'steering@demo.test');
    await page.goto(`${baseUrl}/i/${initiativeId}/ideas?show=open`);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: 'Accept…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Title of the activity').inputValue()).toBe(title);
    await dialog.getByRole('button', { name: 'Accept and create the activity' }).click();
    await page.getByText('It became an activity:').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: /grew from an idea/i }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
  });

  it('shows a declined idea’s reason to its proposer', async () => {
    const { page } = browser;
    const partnerToken = await login('partner@demo.test');
    const me = await api<{ memberships: { initiativeId: string; actorIds: string[] }[] }>('/me', partnerToken);
    const actorId = me.memberships.find((m) => m.initiativeId === initiativeId)!.actorIds[0];
    const declined = await api<{ id: string }>(`/initiatives/${initiativeId}/ideas`, partnerToken, {
      method: 'POST',
      body: { title: 'Fireworks on every Friday', actorId },
    });
    const reason = 'The housing companies cannot allow fireworks in the courtyards.';
    await signInAs(page, 'steering@demo.test');
    await page.goto(`${baseUrl}/i/${initiativeId}/ideas/${declined.id}`);
    await page.getByRole('button', { name: 'Decline…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Decline the idea' }).click();
    await dialog.getByText('Write why the idea is declined: its proposers see the reason.').first().waitFor();
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: 'Decline the idea' }).click();
    await page.getByText(reason).first().waitFor({ timeout: 30_000 });
    // The idea page with its decision panel, history and discussion, as the steering group sees it.
    expect(await axeViolations(page)).toEqual([]);

    await signInAs(page, 'partner@demo.test');
    await page.goto(`${baseUrl}/i/${initiativeId}/ideas/${declined.id}`);
    await page.getByText('Why it was declined:').waitFor({ timeout: 30_000 });
    await page.getByText(reason).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
