// The steering group's quarter: figures reviewed in Swedish (one approved, one returned with a
// reason), numbers, dates and quarters written as Swedish and then Danish write them, the quarterly
// meeting mode stepped through with the keyboard, and the PDF report and XLSX workbook downloaded
// and read back.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { periodLabel, periodOfDate, previousPeriod } from '@ci/shared';
import { REPORT_WORDS } from '@ci/shared/i18n';
import { axeViolations, enabled } from './browser.js';
import { scrollTo, snap } from './journey-ui.js';
import { api, initiativeIdByName, journeyBrowser, login, selectNamed, settled, signInAs, text, unique, words, type Journey, type Lang } from './journey-helpers.js';

type Measurement = { id: string; indicatorId: string; actorId: string | null; status: string; returnReason?: string | null };

/** A figure as the app writes it: the language's decimal sign, and thousands grouped by a no-break space (web/src/lib/format.ts, in sv and da alike). */
async function written(page: Page, value: number, decimals: number, lang: Lang): Promise<string> {
  const tag = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' }[lang];
  return page.evaluate(
    ({ value, decimals, tag }) =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
        .formatToParts(value)
        .map((p) => (p.type === 'group' ? '\u00a0' : p.value))
        .join(''),
    { value, decimals, tag },
  );
}

describe.skipIf(!enabled)('journey: the steering group’s quarter (sv, then da)', { timeout: 240_000 }, () => {
  let j: Journey;
  let initiativeId: string;
  let steeringToken: string;
  const period = previousPeriod(periodOfDate(new Date(), 'quarter'));
  const approveIt = { code: `S${Math.random().toString(36).slice(2, 5).toUpperCase()}`, name: unique('Timmar med läxhjälp, styrgruppens') };
  const returnIt = { code: `R${Math.random().toString(36).slice(2, 5).toUpperCase()}`, name: unique('Besök i fritidsgården, styrgruppens') };
  const reason = 'Siffran är tio gånger högre än förra kvartalet. Kontrollera den, tack.';
  const approvedValue = 1234.5;
  const unit = 'timmar';
  let ids: { approve: string; return: string };
  let ownActor: { id: string; name: string };

  beforeAll(async () => {
    j = await journeyBrowser('sv-SE');
    const backbone = await login('backbone@demo.test');
    steeringToken = await login('steering@demo.test');
    initiativeId = await initiativeIdByName(backbone, 'Hela vägen Ekdalen');
    const partner = await login('partner@demo.test');
    const me = await api<{ memberships: { initiativeId: string; actorIds: string[] }[] }>('/me', partner);
    const actorId = me.memberships.find((m) => m.initiativeId === initiativeId)!.actorIds[0]!;
    const actors = await api<{ items: { id: string; name: string }[] }>(`/initiatives/${initiativeId}/actors`, backbone);
    ownActor = actors.items.find((a) => a.id === actorId)!;
    // Two new indicators asked of the partner's organisation only, and its submitted figures.
    const made: string[] = [];
    for (const [ind, decimals] of [
      [approveIt, 1],
      [returnIt, 0],
    ] as const) {
      const created = await api<{ id: string }>(`/initiatives/${initiativeId}/indicators`, backbone, {
        method: 'POST',
        body: { code: ind.code, name: ind.name, unit, decimals, frequency: 'quarter', expectedActorIds: [actorId], reportingFrom: period },
      });
      made.push(created.id);
    }
    ids = { approve: made[0]!, return: made[1]! };
    await api(`/initiatives/${initiativeId}/measurements`, partner, {
      method: 'PUT',
      body: {
        items: [
          { indicatorId: ids.approve, actorId, period, value: approvedValue },
          { indicatorId: ids.return, actorId, period, value: 420 },
        ],
      },
    });
  });
  afterAll(async () => {
    await j?.close();
    // The language chosen in the menu is also kept with the account; give it back its Swedish.
    if (steeringToken) await api('/me', steeringToken, { method: 'PATCH', body: { locale: 'sv' } }).catch(() => undefined);
  });

  const measurementOf = async (indicatorId: string) =>
    (await api<{ items: Measurement[] }>(`/initiatives/${initiativeId}/measurements?period=${period}&indicatorId=${indicatorId}`, steeringToken)).items.find(
      (m) => m.indicatorId === indicatorId && m.actorId === ownActor.id,
    );

  it('approves one submitted figure and returns another with a reason', async () => {
    const { page } = j;
    await signInAs(page, 'steering@demo.test', 'sv');
    await page.getByRole('link', { name: /Hela vägen Ekdalen/ }).first().click();
    await page.waitForURL(new RegExp(`/i/${initiativeId}$`));
    await page.getByRole('link', { name: words('sv', 'nav.review', {}, true) }).first().click();
    const table = page.getByRole('table', { name: words('sv', 'review.caption') });
    await table.waitFor({ timeout: 30_000 });
    await settled(page);
    // Only the quarter at hand, so that the list is short enough to show every figure.
    await page.getByRole('button', { name: selectNamed('sv', 'review.periodFilter') }).click();
    await page.getByRole('option', { name: periodLabel(period, 'sv'), exact: true }).click();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    const boxFor = async (ind: { code: string; name: string }) =>
      page.getByRole('checkbox', {
        name: words('sv', 'review.selectRow', { indicator: `${ind.code} ${ind.name}`, actor: ownActor.name, period: periodLabel(period, 'sv') }, true),
      });
    const bar = page.getByRole('region', { name: words('sv', 'review.actions') });

    await scrollTo(await boxFor(approveIt));
    await (await boxFor(approveIt)).focus();
    await page.keyboard.press('Space');
    await bar.getByRole('button', { name: words('sv', 'review.approve', {}, true) }).click();
    await page.getByText(words('sv', 'review.approved', { count: 1 })).first().waitFor({ timeout: 30_000 });
    expect((await measurementOf(ids.approve))?.status).toBe('approved');

    await scrollTo(await boxFor(returnIt));
    await (await boxFor(returnIt)).focus();
    await page.keyboard.press('Space');
    await bar.getByRole('button', { name: words('sv', 'review.return', {}, true) }).click();
    const dialog = page.getByRole('dialog', { name: words('sv', 'review.returnDialog.title', { count: 1 }) });
    await dialog.getByRole('textbox', { name: words('sv', 'review.returnDialog.reason') }).fill(reason);
    await dialog.getByRole('button', { name: words('sv', 'review.returnDialog.submit', {}, true) }).click();
    await page.getByText(words('sv', 'review.returned', { count: 1 })).first().waitFor({ timeout: 30_000 });
    const returned = await measurementOf(ids.return);
    expect(returned?.status).toBe('returned');
    expect(JSON.stringify(returned)).toContain(reason);
    expect(j.errors).toEqual([]);
  });

  for (const lang of ['sv', 'da'] as const) {
    it(`writes numbers, dates and quarters as ${lang === 'sv' ? 'Swedish' : 'Danish'} does, on the overview and the indicator page`, async () => {
      const { page } = j;
      if (lang === 'da') {
        // The language menu in the top bar, named in the language on screen.
        await page.getByRole('combobox', { name: words('sv', 'nav.language') }).selectOption('da');
        await page.getByRole('link', { name: words('da', 'nav.overview', {}, true) }).first().waitFor({ timeout: 30_000 });
        expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^da/);
      }
      await page.getByRole('link', { name: words(lang, 'nav.overview', {}, true) }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Hela vägen Ekdalen' }).waitFor({ timeout: 30_000 });
      await settled(page);
      const value = await written(page, approvedValue, 1, lang);
      expect(value).toBe(lang === 'sv' ? '1\u00a0234,5' : '1\u00a0234,5');
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: approveIt.name }) });
      await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(`${value}\u00a0${unit}`);
      expect(await card.textContent()).toContain(periodLabel(period, lang));
      expect(await card.textContent()).not.toContain(periodLabel(period, lang === 'sv' ? 'da' : 'sv'));
      expect(periodLabel(period, lang)).toMatch(lang === 'sv' ? /^kv\.\u00a0[1-4] \d{4}$/ : /^[1-4]\.\u00a0kvt\. \d{4}$/);

      // The next meeting's date and time, as Intl writes them in the language.
      const { items } = await api<{ items: { title: string; startsAt: string; status: string }[] }>(`/initiatives/${initiativeId}/meetings`, steeringToken);
      const next = items.filter((m) => m.status !== 'cancelled' && new Date(m.startsAt) > new Date()).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]!;
      const when = await page.evaluate(
        ({ startsAt, tag }) =>
          new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(startsAt)),
        { startsAt: next.startsAt, tag: lang === 'sv' ? 'sv-SE' : 'da-DK' },
      );
      const side = page.getByRole('complementary');
      await expect.poll(() => side.textContent(), { timeout: 30_000 }).toContain(when);
      await card.scrollIntoViewIfNeeded();
      await snap(page, `steering-overview-${lang}`);
      expect(await axeViolations(page)).toEqual([]);

      await card.getByRole('link', { name: approveIt.name }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(approveIt.name) }).waitFor({ timeout: 30_000 });
      await settled(page);
      await expect
        .poll(() => page.getByText(words(lang, 'indicator.summaryLatest', { value: `${value}\u00a0${unit}`, period: periodLabel(period, lang) })).count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(j.errors).toEqual([]);
    });
  }

  it('steps through the quarterly meeting mode with the keyboard', async () => {
    const { page } = j;
    await page.getByRole('link', { name: words('da', 'nav.overview', {}, true) }).first().click();
    await page.getByRole('link', { name: words('da', 'presentation.start', {}, true) }).first().click();
    const counter = page.getByText(/^\d+ \/ \d+$/);
    await expect.poll(() => counter.first().textContent(), { timeout: 30_000 }).toMatch(/^1 \/ \d+$/);
    const total = Number((await counter.first().textContent())!.split('/')[1]);
    expect(total).toBeGreaterThan(3);
    await page.getByText(words('da', 'presentation.eyebrow', { quarter: periodLabel(period, 'da') })).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.first().textContent()).toBe(`2 / ${total}`);
    await page.keyboard.press('End');
    await expect.poll(() => counter.first().textContent()).toBe(`${total} / ${total}`);
    await page.getByRole('heading', { level: 1, name: words('da', 'presentation.closingTitle', {}, true) }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toMatch(/\/present/);
    expect(j.errors).toEqual([]);
  });

  it('downloads the PDF report and the XLSX workbook, which open as such', async () => {
    const { page } = j;
    await page.getByRole('link', { name: words('da', 'nav.reports', {}, true) }).first().click();
    await page.getByRole('heading', { level: 1, name: words('da', 'reports.title', {}, true) }).waitFor({ timeout: 30_000 });
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    const fetchFile = async (kind: 'pdf' | 'xlsx') => {
      const card = page.getByRole('article', { name: words('da', `reports.${kind}.title`, {}, true) });
      await card.getByRole('button', { name: words('da', `reports.job.start.${kind}`, {}, true) }).click();
      const link = card.getByRole('link', { name: words('da', 'reports.job.download', { kind: text('da', `reports.kind.${kind}`) }) });
      await link.waitFor({ timeout: 120_000 });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), link.click()]);
      const file = await download.path();
      return { bytes: fs.readFileSync(file), name: download.suggestedFilename() };
    };

    const pdf = await fetchFile('pdf');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const doc = await getDocumentProxy(new Uint8Array(pdf.bytes));
    const { totalPages, text: pdfText } = await extractText(doc, { mergePages: true });
    expect(totalPages).toBeGreaterThan(1);
    expect(pdfText).toContain('Hela vägen Ekdalen');

    const xlsx = await fetchFile('xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    const expected = (['sv', 'da'] as const).map((l) => Object.values(REPORT_WORDS[l].sheets).sort());
    expect(expected.map((e) => JSON.stringify(e))).toContain(JSON.stringify([...names].sort()));
    // The approved figure is among the values, as a real number.
    const values = workbook.worksheets[1]!;
    const numbers: unknown[] = [];
    values.eachRow((row) => row.eachCell((c) => numbers.push(c.value)));
    expect(numbers).toContain(approvedValue);
    expect(j.errors).toEqual([]);
  });
});
