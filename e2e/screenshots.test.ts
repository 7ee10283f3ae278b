// The screenshot set: every screen at laptop (1366x800), tablet (820x1180) and projector
// (1920x1080) size in Swedish and Danish, saved under screenshots/ at the repository root for
// people to look through. Each screen is shown by the role that uses it most (the admin sees every
// section; the partner's overview and data entry are their own). While at it, the layout is held
// to what a screenshot cannot promise by itself: nothing wider than the window, every section of
// the navigation and the signed-in person's name in sight.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, enabled, openBrowser } from './browser.js';
import { firstLink, go, navPaths, openSession, settle, type Lang, type Role, type Session } from './sweep.js';

const SIZES = [
  { width: 1366, height: 800 },
  { width: 820, height: 1180 },
  { width: 1920, height: 1080 },
] as const;
const DIR = path.resolve(import.meta.dirname, '..', 'screenshots');
const problems: string[] = [];

interface Shot {
  name: string;
  path: string;
  /** What to wait for besides the main heading. */
  ready?: string;
}

/** Layout faults no one should have to spot in a picture. */
async function layoutProblems(page: Page, label: string): Promise<string[]> {
  return page.evaluate((where) => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) found.push(`${where}: the page is ${document.documentElement.scrollWidth}px wide`);
    for (const a of Array.from(document.querySelectorAll<HTMLElement>('nav.sections a'))) {
      const box = a.getBoundingClientRect();
      if (box.right > width + 1 || a.scrollWidth > a.clientWidth + 1) found.push(`${where}: section "${a.textContent}" is cut off`);
    }
    const name = document.querySelector<HTMLElement>('.account__name');
    if (name && (name.offsetWidth === 0 || name.getBoundingClientRect().right > width)) found.push(`${where}: the user's name is not shown`);
    return found;
  }, label);
}

async function shoot(session: Session, lang: Lang, shots: Shot[]) {
  const { page } = session;
  // The pointer off the page, so no chart draws a hover tooltip into the picture.
  await page.mouse.move(0, 0);
  for (const shot of shots) {
    await go(session.page, shot.path, shot.ready);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // Charts measure their box after a resize.
      await page.waitForTimeout(250);
      await settle(page, shot.ready ?? 'h1');
      const file = path.join(DIR, lang, `${shot.name}@${size.width}x${size.height}.png`);
      await page.screenshot({ path: file, fullPage: !shot.path.includes('/present') });
      problems.push(...(await layoutProblems(page, `${lang} ${shot.name} at ${size.width}px`)));
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    }
    await page.setViewportSize(SIZES[0]);
  }
}

async function screensOf(session: Session): Promise<Shot[]> {
  const { page, home } = session;
  const shots: Shot[] = [{ name: 'overview', path: home }];
  const indicator = await firstLink(page, 'indicators');
  const links: Record<string, string> = { indicator };
  for (const section of (await navPaths(page)).filter((p) => p !== home)) {
    const name = section.slice(home.length + 1);
    shots.push({ name, path: section });
    if (name === 'directory' || name === 'meetings' || name === 'ideas') {
      await go(page, section);
      links[{ directory: 'actor', meetings: 'meeting', ideas: 'idea' }[name]] = await firstLink(page, { directory: 'actors', meetings: 'meetings', ideas: 'ideas' }[name]);
    }
  }
  for (const [name, link] of Object.entries(links)) shots.push({ name, path: link });
  shots.push(
    { name: 'activities-board', path: `${home}/activities?view=board`, ready: '.activity-board' },
    { name: 'activities-year', path: `${home}/activities?view=year`, ready: 'table.year' },
    { name: 'entry-import', path: `${home}/entry/import` },
    { name: 'settings', path: `${home}/settings` },
    { name: 'slide-title', path: `${home}/present?slide=1`, ready: '.presentation__stage h1' },
    { name: 'slide-indicator', path: `${home}/present?slide=2`, ready: '.presentation__stage .chart' },
  );
  return shots;
}

describe.skipIf(!enabled)('the screenshot set', () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  afterAll(() => {
    if (fs.existsSync(DIR)) console.log(`\nScreenshots: ${path.relative(process.cwd(), DIR)}/ (${fs.readdirSync(DIR, { recursive: true }).filter((f) => String(f).endsWith('.png')).length} files)\n`);
  });

  for (const lang of ['sv', 'da'] as const) {
    it(`every screen in ${lang} at 1366, 820 and 1920 px`, async () => {
      // The sign-in page, signed out, in the browser's language.
      const visitor = await openBrowser(lang === 'da' ? 'da-DK' : 'sv-SE');
      try {
        await visitor.page.goto(`${baseUrl}/login`);
        await shoot({ ...visitor, home: '' }, lang, [{ name: 'sign-in', path: '/login' }]);
      } finally {
        await visitor.close();
      }
      const admin = await openSession('admin' satisfies Role, lang);
      try {
        await shoot(admin, lang, await screensOf(admin));
      } finally {
        await admin.close();
      }
      const partner = await openSession('partner', lang);
      try {
        await shoot(partner, lang, [
          { name: 'partner-overview', path: partner.home },
          { name: 'partner-entry', path: `${partner.home}/entry` },
        ]);
      } finally {
        await partner.close();
      }
      expect(problems).toEqual([]);
    }, 480_000);
  }
});
