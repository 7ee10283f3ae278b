// Two gestures the journeys need beyond clicks and typing: pasting from the system clipboard, and
// filling a date field whichever widget draws it.
import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './browser.js';

/**
 * Pastes text where the focus is, through the real clipboard (Ctrl+V) when Chromium grants it;
 * otherwise by dispatching the paste event a browser sends, with the text in its DataTransfer.
 * Returns which of the two it used.
 */
export async function pasteFromClipboard(page: Page, text: string): Promise<'clipboard' | 'paste event'> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl! });
  const written = await page
    .evaluate(async (t) => {
      await navigator.clipboard.writeText(t);
      return (await navigator.clipboard.readText()) === t;
    }, text)
    .catch(() => false);
  if (written) {
    await page.keyboard.press('Control+V');
    return 'clipboard';
  }
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  return 'paste event';
}

/**
 * Fills a date (`2026-12-24`) or date and time (`2026-12-24T17:00`) field found by its label: a
 * native date input takes the ISO form; a text field or a segmented date field takes the digits.
 */
export async function fillDate(scope: Locator, label: RegExp, iso: string) {
  const textbox = scope.getByRole('textbox', { name: label });
  if ((await textbox.count()) > 0) {
    const type = await textbox.first().getAttribute('type');
    if (type === 'date' || type === 'datetime-local') return textbox.first().fill(iso);
    return textbox.first().fill(iso.replace('T', ' '));
  }
  const byLabel = scope.getByLabel(label, { exact: false });
  const tag = await byLabel.first().evaluate((el) => `${el.tagName}:${el.getAttribute('type') ?? ''}`);
  if (/^INPUT:(date|datetime-local)$/.test(tag)) return byLabel.first().fill(iso);
  // A segmented field (year, month, day, hours, minutes as spin buttons): typing into the first
  // segment moves on by itself, in the order the language writes dates.
  const group = scope.getByRole('group', { name: label });
  const segments = group.getByRole('spinbutton');
  await segments.first().click();
  const [date, time] = iso.split('T');
  const [y, m, d] = date!.split('-');
  const order = await segments.evaluateAll((els) => els.map((el) => (el.getAttribute('data-type') ?? el.getAttribute('aria-label') ?? '').toLowerCase()));
  const parts: Record<string, string> = { year: y!, month: m!, day: d!, hour: time?.slice(0, 2) ?? '', minute: time?.slice(3, 5) ?? '' };
  for (const kind of order) {
    const key = Object.keys(parts).find((k) => kind.includes(k));
    if (key && parts[key]) await group.page().keyboard.type(parts[key]!);
  }
}

/**
 * Ticks a radio button or toggles a checkbox as a keyboard user does (focus, Space): the inputs of
 * the app's React Aria controls are visually hidden behind their drawn box.
 */
export async function press(control: Locator) {
  await control.focus();
  await control.press('Space');
}

/**
 * Makes a cell of the data entry sheet the active one with a click, as a person does. The sheet's
 * input is named after its row and column (found by that name) but lies under the cell's drawn
 * body, so the click goes to the cell, brought to the middle of the screen first.
 */
export async function clickCell(input: Locator) {
  await input.evaluate((el) => el.closest('.dsg-cell')?.scrollIntoView({ block: 'center', inline: 'center' }));
  await input.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " dsg-cell ")][1]').click();
}

/**
 * Scrolls the page down until a row of a long, virtualised list is rendered, then brings it to the
 * middle. Steps are instant (a wheel's smooth scrolling goes on after the row appeared and can carry
 * it out of the drawn window again).
 */
export async function scrollTo(target: Locator, timeout = 30_000) {
  const page = target.page();
  const until = Date.now() + timeout;
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  for (;;) {
    if ((await target.count()) > 0) {
      const shown = await target
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }), undefined, { timeout: 2_000 })
        .then(() => true, () => false);
      if (shown && (await target.count()) > 0) return;
    }
    if (Date.now() > until) throw new Error(`not found while scrolling: ${target}`);
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy({ top: 400, behavior: 'instant' });
      return window.scrollY === before;
    });
    if (atEnd) await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForTimeout(150);
  }
}

/**
 * A cell of the data entry sheet by its name (row and column): the sheet draws only the rows in
 * view, so it is scrolled down until the row is drawn.
 */
export async function findCell(page: Page, name: RegExp, timeout = 30_000): Promise<Locator> {
  const cell = page.getByRole('textbox', { name });
  await page.locator('.entry-grid').first().waitFor({ timeout });
  const until = Date.now() + timeout;
  let top = 0;
  while ((await cell.count()) === 0) {
    if (Date.now() > until) throw new Error(`no cell ${name} in the sheet`);
    top = await page.evaluate((from) => {
      const scroller = Array.from(document.querySelectorAll<HTMLElement>('.entry-grid *')).find((el) => el.scrollHeight > el.clientHeight + 4);
      if (!scroller) return from;
      scroller.scrollTop = from >= scroller.scrollHeight - scroller.clientHeight ? 0 : from + 200;
      return scroller.scrollTop;
    }, top);
    await page.waitForTimeout(150);
  }
  return cell;
}

/** The names of every cell of the data entry sheet, gathered while scrolling it from top to bottom. */
export async function allCellNames(page: Page): Promise<string[]> {
  const names = new Set<string>();
  for (let top = 0, guard = 0; guard < 200; guard++) {
    const seen = await page.locator('.entry-grid input[aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!));
    seen.forEach((n) => names.add(n));
    const next = await page.evaluate((from) => {
      const scroller = Array.from(document.querySelectorAll<HTMLElement>('.entry-grid *')).find((el) => el.scrollHeight > el.clientHeight + 4);
      if (!scroller || from >= scroller.scrollHeight - scroller.clientHeight) return null;
      scroller.scrollTop = from + 200;
      return scroller.scrollTop;
    }, top);
    if (next === null) break;
    top = next;
    await page.waitForTimeout(150);
  }
  return [...names];
}

/** Saves a screenshot of the moment when E2E_SCREENSHOTS names a folder, to look at what a journey saw. */
export async function snap(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}
