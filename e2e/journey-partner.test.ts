// A partner's quarter, in Swedish: its own organisation's column and only what it is asked for,
// a figure entered and submitted, a conflict with the backbone's change of the same cell explained
// and resolved, its organisation's page, and the meetings in its own calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectsActor, periodOfDate, previousPeriod } from '@ci/shared';
import { axeViolations, baseUrl, enabled } from './browser.js';
import { api, initiativeIdByName, journeyBrowser, login, settled, signInAs, unique, words, type Journey } from './journey-helpers.js';
import { allCellNames, clickCell, findCell, snap } from './journey-ui.js';

const SV = 'sv' as const;
type Actor = { id: string; name: string; role: 'backbone' | 'partner' | string; joinedOn: string | null; leftOn: string | null };
type Indicator = Parameters<typeof expectsActor>[0] & { id: string; code: string; name: string; frequency: string; archived: boolean };
type Measurement = { id: string; indicatorId: string; actorId: string | null; value: number | null; version: number; status: string };

describe.skipIf(!enabled)('journey: a partner reports its figures (sv)', { timeout: 180_000 }, () => {
  let j: Journey;
  let initiativeId: string;
  let backboneToken: string;
  let own: Actor;
  let other: Actor;
  const period = previousPeriod(periodOfDate(new Date(), 'quarter'));
  const asked = { code: `P${Math.random().toString(36).slice(2, 5).toUpperCase()}`, name: unique('Läxhjälpstimmar för journey') };
  const notAsked = { code: `Q${Math.random().toString(36).slice(2, 5).toUpperCase()}`, name: unique('Praktikveckor för journey') };
  let askedId: string;

  const cell = (code: string, actor: Actor) => findCell(j.page, new RegExp(`^${code} .* – ${escapeRe(actor.name)}$`));
  const stored = async () =>
    (await api<{ items: Measurement[] }>(`/initiatives/${initiativeId}/measurements?period=${period}&indicatorId=${askedId}`, backboneToken)).items.filter(
      (m) => m.indicatorId === askedId && m.actorId === own.id,
    );

  beforeAll(async () => {
    j = await journeyBrowser('sv-SE');
    backboneToken = await login('backbone@demo.test');
    initiativeId = await initiativeIdByName(backboneToken, 'Hela vägen Ekdalen');
    const me = await api<{ memberships: { initiativeId: string; actorIds: string[] }[] }>('/me', await login('partner@demo.test'));
    const ownIds = me.memberships.find((m) => m.initiativeId === initiativeId)!.actorIds;
    const actors = (await api<{ items: Actor[] }>(`/initiatives/${initiativeId}/actors`, backboneToken)).items;
    own = actors.find((a) => a.id === ownIds[0])!;
    other = actors.find((a) => !ownIds.includes(a.id) && a.role !== 'backbone' && a.leftOn === null)!;
    // Two new quarterly indicators: one asked of the partner's organisation, one only of another.
    for (const [ind, reporter] of [
      [asked, own],
      [notAsked, other],
    ] as const) {
      const created = await api<{ id: string }>(`/initiatives/${initiativeId}/indicators`, backboneToken, {
        method: 'POST',
        body: { code: ind.code, name: ind.name, unit: 'timmar', frequency: 'quarter', expectedActorIds: [reporter.id], reportingFrom: period },
      });
      if (ind === asked) askedId = created.id;
    }
  });
  afterAll(async () => {
    await j?.close();
  });

  it('sees only its own organisation, and only the indicators it is asked for', async () => {
    const { page } = j;
    await signInAs(page, 'partner@demo.test', SV);
    await page.goto(`${baseUrl}/i/${initiativeId}/entry`);
    await page.getByRole('heading', { level: 1, name: words(SV, 'entry.title', {}, true) }).waitFor({ timeout: 30_000 });
    await settled(page);
    await cell(asked.code, own);

    const labels = await allCellNames(page);
    const columns = new Set(labels.map((l) => l.slice(l.lastIndexOf(' – ') + 3)));
    expect([...columns]).toEqual([own.name]);
    const rowCodes = new Set(labels.map((l) => l.split(' ')[0]));
    expect(rowCodes.has(asked.code)).toBe(true);
    expect(rowCodes.has(notAsked.code)).toBe(false);
    // Every indicator of the quarter that asks this organisation, and no other.
    const indicators = (await api<{ items: Indicator[] }>(`/initiatives/${initiativeId}/indicators`, backboneToken)).items;
    const expected = indicators.filter((i) => !i.archived && i.frequency === 'quarter' && expectsActor(i, own, period)).map((i) => i.code);
    expect([...rowCodes].sort()).toEqual(expected.sort());
    expect(await axeViolations(page)).toEqual([]);
  });

  it('enters a figure and submits it', async () => {
    const { page } = j;
    await clickCell(await cell(asked.code, own));
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: words(SV, 'entry.save', { count: 1 }, true) }).click();
    await page.getByText(words(SV, 'entry.saved', { count: 1 })).first().waitFor({ timeout: 30_000 });
    const [saved] = await stored();
    expect(saved).toMatchObject({ value: 14, status: 'submitted' });
    expect(j.errors).toEqual([]);
  });

  it('is told when the backbone changed the same figure meanwhile, and keeps its own', async () => {
    const { page } = j;
    // The sheet is open with the partner's 14; the backbone corrects it to 15 through the API.
    const [before] = await stored();
    await api(`/initiatives/${initiativeId}/measurements`, backboneToken, {
      method: 'PUT',
      body: { items: [{ indicatorId: askedId, actorId: own.id, period, value: 15, version: before!.version }] },
    });
    // The save that meets the newer version answers 409, which the browser logs: that is expected.
    j.expect(/status of 409/);
    await clickCell(await cell(asked.code, own));
    await page.keyboard.type('16');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: words(SV, 'entry.save', { count: 1 }, true) }).click();

    const panel = page.getByRole('alert', { name: words(SV, 'entry.conflicts.title', { count: 1 }) });
    await panel.waitFor({ timeout: 30_000 });
    const row = panel.getByRole('row').filter({ hasText: asked.code });
    expect(await row.textContent()).toMatch(/15/);
    expect(await row.textContent()).toMatch(/16/);
    expect(await row.textContent()).toMatch(/Backbone/i);
    await snap(page, 'partner-conflict');
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: words(SV, 'entry.conflicts.overwriteAll', {}, true) }).click();
    await page.getByText(words(SV, 'entry.saved', { count: 1 })).first().waitFor({ timeout: 30_000 });
    const [after] = await stored();
    expect(after).toMatchObject({ value: 16, status: 'submitted' });
    expect(after!.version).toBeGreaterThan(before!.version + 1);
    expect(j.errors).toEqual([]);
  });

  it('opens its organisation’s page', async () => {
    const { page } = j;
    await page.getByRole('link', { name: words(SV, 'nav.directory', {}, true) }).first().click();
    await page.getByRole('link', { name: own.name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: own.name }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`/actors/${own.id}`);
    await settled(page);
    // Its figure of the new indicator is among its contributions.
    await expect.poll(() => page.getByText(asked.name).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(j.errors).toEqual([]);
  });

  it('subscribes to the meetings in its calendar', async () => {
    const { page } = j;
    await page.getByRole('link', { name: words(SV, 'nav.meetings', {}, true) }).first().click();
    await page.getByRole('heading', { level: 1, name: words(SV, 'meetings.pageTitle', {}, true) }).waitFor({ timeout: 30_000 });
    const field = page.getByRole('textbox', { name: words(SV, 'calendar.linkLabel') });
    await expect.poll(() => field.inputValue(), { timeout: 30_000 }).toMatch(/\.ics$/);
    const link = new URL(await field.inputValue());
    // The link names the server's public address; here the server listens on the test's address.
    const res = await fetch(`${baseUrl}${link.pathname}${link.search}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await res.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(body).toContain('BEGIN:VEVENT');
    expect(body.trimEnd()).toMatch(/END:VCALENDAR$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(j.errors).toEqual([]);
  });
});

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
