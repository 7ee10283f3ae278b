import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, enabled, openBrowser, signIn } from './browser.js';

type Overview = { goals: { indicators: { id: string; code: string; latest: { period: string; value: number | null } | null }[] }[] };

async function api<T>(token: string, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

// The backbone's import, end to end in Chromium: last quarter's template downloaded, filled in as a
// spreadsheet would be, uploaded with one mistake, corrected, committed, and the same file again.
describe.skipIf(!enabled)('importing a filled-in template in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let token: string;
  let initiativeId: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-e2e-import-'));
  beforeAll(async () => {
    browser = await openBrowser('en-GB');
    const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'backbone@demo.test', password: DEMO_PASSWORD }),
    });
    token = ((await login.json()) as { token: string }).token;
    const { items } = await api<{ items: { id: string; name: string }[] }>(token, '/initiatives');
    initiativeId = items.find((i) => i.name === 'Hela vägen Ekdalen')!.id;
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds the one error, takes the corrected file, commits, changes the overview; the same file again is all unchanged', async () => {
    const { page } = browser;
    await signIn(page, 'backbone@demo.test');
    await page.getByRole('button', { name: /^account:/i }).waitFor({ timeout: 20_000 });
    await page.goto(`${baseUrl}/i/${initiativeId}/entry/import`);

    // The Excel template of the period the page offers (last quarter), as a browser downloads it.
    const link = page.getByRole('link', { name: 'Download Excel template' });
    const period = new URL((await link.getAttribute('href'))!, baseUrl!).searchParams.get('period')!;
    expect(period).toMatch(/^\d{4}-Q[1-4]$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const template = path.join(dir, 'template.xlsx');
    await download.saveAs(template);

    // Filled in: three organisations' figures for a whole-number indicator nobody has reported yet
    // for them, one of them with a decimal it does not allow.
    const indicators = (await api<{ items: { id: string; code: string; frequency: string; measureType: string; decimals: number }[] }>(token, `/initiatives/${initiativeId}/indicators`)).items;
    const stored = (await api<{ items: { indicatorId: string; actorId: string | null }[] }>(token, `/initiatives/${initiativeId}/measurements?period=${period}`)).items;
    const actors = (await api<{ items: { id: string; name: string }[] }>(token, `/initiatives/${initiativeId}/actors`)).items;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as (string | undefined)[]).slice(1);
    const free = (code: unknown) => {
      const indicator = indicators.find((i) => i.code === code && i.frequency === 'quarter' && i.measureType === 'number' && i.decimals === 0);
      if (!indicator) return [];
      return header.flatMap((name, i) => {
        const actor = actors.find((a) => a.name === name);
        return actor && !stored.some((m) => m.indicatorId === indicator.id && m.actorId === actor.id) ? [i + 1] : [];
      });
    };
    let target: { code: string; row: number; columns: number[] } | null = null;
    sheet.eachRow((row, n) => {
      const columns = free(row.getCell(1).value);
      if (!target && n > 1 && !row.getCell(3).value && !row.getCell(4).value && columns.length >= 3) target = { code: String(row.getCell(1).value), row: n, columns: columns.slice(0, 3) };
    });
    const { code, row, columns } = target!;
    columns.forEach((c, i) => (sheet.getRow(row).getCell(c).value = [11, 12.5, 13][i]));
    const file = path.join(dir, `values-${period}.xlsx`);
    await workbook.xlsx.writeFile(file);

    const overview = async () =>
      (await api<Overview>(token, `/initiatives/${initiativeId}/overview`)).goals.flatMap((g) => g.indicators).find((i) => i.code === code)!.latest;
    const before = await overview();

    // The preview: two new figures and the one error, with its row and column; nothing to save yet.
    const preview = page.getByRole('region', { name: `3. Check what values-${period}.xlsx will do` });
    await page.locator('input[type=file]').setInputFiles(file);
    await preview.waitFor({ timeout: 60_000 });
    const count = (label: string) => preview.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => count('Errors').textContent()).toBe('1');
    expect(await count('New').textContent()).toBe('2');
    const errorRow = preview.getByRole('row', { name: new RegExp(`^${row} ${code} `) });
    await expect.poll(() => errorRow.textContent()).toContain('Too many decimals: this indicator allows 0');
    expect(await preview.getByRole('button', { name: 'Save 2 figures' }).isDisabled()).toBe(true);
    expect(await overview()).toEqual(before);

    // Corrected and uploaded again: saved, and the overview moves.
    await preview.getByRole('button', { name: 'Discard' }).click();
    sheet.getRow(row).getCell(columns[1]!).value = 12;
    await workbook.xlsx.writeFile(file);
    await page.locator('input[type=file]').setInputFiles(file);
    await preview.waitFor({ timeout: 60_000 });
    await expect.poll(() => count('Errors').textContent()).toBe('0');
    expect(await count('New').textContent()).toBe('3');
    await preview.getByRole('button', { name: 'Save 3 figures' }).click();
    await page.getByText('3 new, 0 changed, 0 unchanged.').waitFor({ timeout: 60_000 });
    const after = await overview();
    expect(after).not.toEqual(before);
    expect(after?.period).toBe(period);
    await page.getByRole('link', { name: 'See the overview' }).click();
    await page.waitForURL(new RegExp(`/i/${initiativeId}$`));

    // On the indicator page, the values table opens an imported value's history and discussion.
    const indicatorId = indicators.find((i) => i.code === code)!.id;
    const actorName = header[columns[0]! - 1]!;
    await page.goto(`${baseUrl}/i/${initiativeId}/indicators/${indicatorId}?period=${period}`);
    await page.getByRole('button', { name: `History and discussion: ${actorName}` }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText(`Imported from values-${period}.xlsx`).count(), { timeout: 30_000 }).toBe(1);
    await dialog.getByLabel('Write a comment').fill('Checked against the attendance lists.');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => dialog.getByText('Checked against the attendance lists.').count(), { timeout: 30_000 }).toBe(1);
    await page.keyboard.press('Escape');

    // The same file once more: every figure unchanged, nothing to save.
    await page.goto(`${baseUrl}/i/${initiativeId}/entry/import`);
    await page.locator('input[type=file]').setInputFiles(file);
    await preview.waitFor({ timeout: 60_000 });
    await expect.poll(() => count('Unchanged').textContent()).toBe('3');
    expect(await count('New').textContent()).toBe('0');
    expect(await count('Changed').textContent()).toBe('0');
    expect(await count('Errors').textContent()).toBe('0');
    expect(await preview.getByText('The file changes nothing: every figure is already saved.').count()).toBe(1);
  }, 240_000);
});
