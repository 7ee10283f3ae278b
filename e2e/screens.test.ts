// The accessibility sweep: every screen of an initiative, its view variants, every slide of the
// presentation and the main dialogs, for each role and in Swedish and Danish; axe must find no
// violation of any impact. One browser per role and language, screens reached inside the app.
// The log lists what was checked, so a CI run shows the coverage and not just a green tick.
import { afterAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, enabled, openBrowser } from './browser.js';
import { axeCheck, firstLink, go, navPaths, openSession, settle, type Lang, type Role, type Session, type Violation } from './sweep.js';

const ROLES: Role[] = ['admin', 'backbone', 'steering', 'partner'];
const LANGS: Lang[] = ['sv', 'da'];

/** Buttons that open the main dialogs, by the screen they are on (Swedish | Danish). */
const DIALOGS: Record<string, RegExp> = {
  activities: /^(Lägg till aktivitet|Tilføj aktivitet)$/,
  agenda: /^(Lägg till indikator|Tilføj indikator)$/,
  meetings: /^(Planera ett möte|Planlæg et møde)$/,
  ideas: /^(Föreslå en idé|Foreslå en idé)$/,
  members: /^(Lägg till medlem|Tilføj medlem)$/,
};

interface Checked {
  screen: string;
  violations: Violation[] | null;
}

const report: string[] = [];
const times: string[] = [];
const started = Date.now();

afterAll(() => {
  console.log(`\nAccessibility sweep (axe, every impact), ${((Date.now() - started) / 1000).toFixed(1)} s:\n${report.join('\n')}\n`);
  if (process.env.SWEEP_TIMES) console.log(times.join(', '));
});

async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await page.locator('[role="dialog"], [role="alertdialog"]').first().waitFor({ state: 'detached', timeout: 10_000 });
}

async function sweep(s: Session, role: Role): Promise<Checked[]> {
  const { page, home } = s;
  const out: Checked[] = [];
  const check = async (screen: string) => {
    const begun = Date.now();
    const violations = await axeCheck(page);
    times.push(`${screen} ${Date.now() - begun}`);
    // A screen that failed to load its data would pass axe while showing nothing worth checking.
    if (await page.locator('.state--error').count()) violations.push({ id: 'error-state', impact: 'screen', targets: [page.url()] });
    out.push({ screen, violations });
  };
  const skip = (screen: string) => out.push({ screen, violations: null });
  const dialog = async (screen: string, open: () => Promise<void>) => {
    await open();
    await settle(page, '[role="dialog"] :is(h1, h2, h3), [role="alertdialog"] :is(h1, h2, h3)');
    await check(screen);
    await closeDialog(page);
  };
  const button = (name: RegExp) => page.getByRole('button', { name }).first();

  await check('overview');
  const indicator = await firstLink(page, 'indicators');
  const sections = (await navPaths(page)).filter((p) => p !== home);
  let actor = '';
  let meeting = '';
  let idea = '';
  for (const path of sections) {
    const name = path.slice(home.length + 1);
    await go(page, path);
    await check(name);
    if (name === 'directory') actor = await firstLink(page, 'actors');
    if (name === 'meetings') meeting = await firstLink(page, 'meetings');
    if (name === 'ideas') idea = await firstLink(page, 'ideas');
    const opener = DIALOGS[name];
    if (opener && (await button(opener).count()) > 0) await dialog(`${name}: new`, () => button(opener).click());
    if (name === 'activities') {
      await dialog('activities: detail', () => page.locator('.activity-card__open').first().click());
      await go(page, `${path}?view=board`, '.activity-board');
      await check('activities: board');
      await go(page, `${path}?view=year`, 'table.year');
      await check('activities: year');
    }
    if (name === 'review') {
      const box = page.locator('.review-table tbody input[type="checkbox"]').first();
      if ((await box.count()) > 0) {
        await box.check();
        await dialog('review: return', () => button(/^(Skicka tillbaka valda|Send valgte tilbage)$/).click());
      } else skip('review: return');
    }
    if (name === 'entry' && (role === 'admin' || role === 'backbone')) {
      await go(page, `${path}/import`);
      await check('entry/import');
    }
  }
  for (const [screen, path] of [['indicator', indicator], ['actor', actor], ['meeting', meeting], ['idea', idea]] as const) {
    await go(page, path);
    await check(screen);
  }
  if (role === 'admin' || role === 'backbone') {
    await go(page, `${home}/settings`);
    await check('settings');
  }
  await dialog('account', () => button(/^Konto: /).click());
  await button(/^Konto: /).click();
  await button(/^(Byt lösenord|Skift adgangskode)$/).click();
  await settle(page, '[role="dialog"] input[type="password"]');
  await check('account: password');
  await closeDialog(page);

  // The presentation, slide by slide, with one chart's table opened. The deck is the same for every
  // role, so one role steps through all of it in each language; the others check its first slide.
  await go(page, `${home}/present`, '.presentation__stage h1');
  const total = Number((await page.locator('.presentation__counter').innerText()).split('/')[1]);
  const count = role === 'backbone' ? total : 1;
  for (let n = 1; n <= count; n++) {
    if (n > 1) {
      await page.keyboard.press('ArrowRight');
      await settle(page, `.presentation__stage h1`);
      await page.waitForFunction((number) => document.querySelector('.presentation__counter')?.textContent?.startsWith(`${number} `), n);
      await settle(page, `.presentation__stage h1`);
    }
    await check(`slide ${n}`);
  }
  await go(page, `${home}/present?slide=2`, '.presentation__stage .chart__table');
  await page.locator('.presentation__stage .chart__table > summary').press('Enter');
  await page.locator('.presentation__stage .chart__table[open] table').waitFor();
  await check('slide 2: table');
  return out;
}

function summary(role: Role, lang: Lang, checked: Checked[]): string {
  const line = checked.map((c) => `${c.screen} ${c.violations === null ? '–' : c.violations.length}`).join(' · ');
  const details = checked
    .filter((c) => c.violations?.length)
    .flatMap((c) => c.violations!.map((v) => `    ${c.screen}: ${v.id} (${v.impact}) ${v.targets.join(' | ')}`));
  return [`  ${role}/${lang} (${checked.length} checks): ${line}`, ...details].join('\n');
}

// Two roles at a time (maxConcurrency in the config): the browser and the server share the cores.
describe.skipIf(!enabled).concurrent('the accessibility sweep in Chromium', () => {
  for (const role of ROLES) {
    for (const lang of LANGS) {
      // SWEEP_ONLY=partner/da (comma-separated) narrows a run by hand.
      if (process.env.SWEEP_ONLY && !process.env.SWEEP_ONLY.split(',').includes(`${role}/${lang}`)) continue;
      it(`${role} in ${lang}: every screen, view, slide and main dialog without violations`, async ({ expect }) => {
        const session = await openSession(role, lang);
        try {
          const checked = await sweep(session, role);
          report.push(summary(role, lang, checked));
          expect(checked.filter((c) => c.violations?.length).map((c) => ({ screen: c.screen, violations: c.violations }))).toEqual([]);
          expect(session.cspViolations).toEqual([]);
        } finally {
          await session.close();
        }
      }, 300_000);
    }
  }

  it('shows the API documentation under its Content Security Policy', async ({ expect }) => {
    const browser = await openBrowser('sv-SE');
    try {
      await browser.page.goto(`${baseUrl}/api/docs`);
      await browser.page.locator('.opblock').first().waitFor({ timeout: 30_000 });
      expect(browser.cspViolations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
