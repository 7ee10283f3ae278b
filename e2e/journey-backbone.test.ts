// The backbone's quarter, in Swedish: a new indicator with two chosen reporters, their figures
// pasted from a spreadsheet (one of them wrong, then fixed), the overview and the indicator page
// showing them, and a partner meeting planned, attended, minuted and given an action item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodLabel, previousPeriod, periodOfDate, periodStart, periodEnd } from '@ci/shared';
import { axeViolations, baseUrl, enabled } from './browser.js';
import { api, initiativeIdByName, journeyBrowser, login, selectNamed, settled, signInAs, text, unique, words, type Journey } from './journey-helpers.js';
import { clickCell, fillDate, findCell, pasteFromClipboard, press, snap } from './journey-ui.js';

const SV = 'sv' as const;
type Actor = { id: string; name: string; role: string; joinedOn: string | null; leftOn: string | null };

describe.skipIf(!enabled)('journey: the backbone’s quarter (sv)', { timeout: 180_000 }, () => {
  let j: Journey;
  let initiativeId: string;
  /** The quarter people report now (the last one that has ended), as data entry opens it. */
  const period = previousPeriod(periodOfDate(new Date(), 'quarter'));
  const code = `J${Math.random().toString(36).slice(2, 5).toUpperCase()}`;
  const name = unique('Unga som fått sommarjobb via journey');
  const unit = 'unga';
  let reporters: [Actor, Actor];
  let actors: Actor[];
  let goalTitle: string;
  let indicatorId: string;

  beforeAll(async () => {
    j = await journeyBrowser('sv-SE');
    const token = await login('backbone@demo.test');
    initiativeId = await initiativeIdByName(token, 'Hela vägen Ekdalen');
    // Two organisations side by side in the sheet (columns sorted by name), active all the period,
    // so that a row of two pasted cells lands on exactly them.
    const { items } = await api<{ items: Actor[] }>(`/initiatives/${initiativeId}/actors`, token);
    const start = periodStart(period);
    const end = periodEnd(period);
    const active = items
      .filter((a) => (a.joinedOn ?? '0000') <= end && (a.leftOn === null || a.leftOn >= start))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const at = active.findIndex((a, i) => {
      const b = active[i + 1];
      return b && [a, b].every((x) => x.role !== 'backbone' && (x.joinedOn ?? '0000') <= start && x.leftOn === null);
    });
    reporters = [active[at]!, active[at + 1]!];
    actors = items;
    const goals = await api<{ items: { id: string; title: string; position: number }[] }>(`/initiatives/${initiativeId}/goals`, token);
    goalTitle = [...goals.items].sort((a, b) => a.position - b.position).at(-1)!.title;
  });
  afterAll(async () => {
    await j?.close();
  });

  it('signs in, opens the initiative and adds an indicator under a goal, reported by two chosen organisations', async () => {
    const { page } = j;
    await signInAs(page, 'backbone@demo.test', SV);
    await page.getByRole('link', { name: /Hela vägen Ekdalen/ }).first().click();
    await page.waitForURL(new RegExp(`/i/${initiativeId}$`));
    await page.getByRole('heading', { level: 1, name: 'Hela vägen Ekdalen' }).waitFor({ timeout: 30_000 });
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: words(SV, 'nav.agenda', {}, true) }).first().click();
    await page.getByRole('tab', { name: words(SV, 'agenda.tabs.indicators', {}, true) }).click();
    await page.getByRole('button', { name: words(SV, 'agenda.indicators.add', {}, true) }).click();
    const dialog = page.getByRole('dialog', { name: words(SV, 'agenda.indicators.addTitle') });
    await dialog.getByRole('textbox', { name: words(SV, 'agenda.indicators.code', {}, true) }).fill(code);
    await dialog.getByRole('textbox', { name: words(SV, 'agenda.indicators.name', {}, true) }).fill(name);
    await dialog.getByRole('textbox', { name: words(SV, 'agenda.indicators.unit', {}, true) }).fill(unit);
    // The goal, from a list box.
    await dialog.getByRole('button', { name: selectNamed(SV, 'agenda.indicators.goal') }).click();
    await page.getByRole('option', { name: goalTitle }).click();
    // Who reports: exactly the two organisations.
    await press(dialog.getByRole('radio', { name: words(SV, 'agenda.indicators.reporters.chosen') }));
    await dialog.getByRole('checkbox', { name: reporters[0].name, exact: true }).waitFor();
    // The choice starts from those the default expects: every organisation is unticked but the two.
    for (const actor of actors) {
      const box = dialog.getByRole('checkbox', { name: actor.name, exact: true });
      if ((await box.count()) === 0) continue;
      if ((await box.isChecked()) !== reporters.includes(actor)) await press(box);
    }
    expect(await dialog.getByRole('checkbox', { checked: true }).count()).toBe(2);
    for (const r of reporters) expect(await dialog.getByRole('checkbox', { name: r.name, exact: true }).isChecked()).toBe(true);
    // Figures from the quarter people report now.
    await dialog.getByRole('button', { name: selectNamed(SV, 'agenda.indicators.reportingFrom') }).click();
    await page.getByRole('option', { name: periodLabel(period, SV), exact: true }).click();
    await dialog.getByRole('button', { name: words(SV, 'common.save', {}, true) }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });

    const token = await login('backbone@demo.test');
    const created = (await api<{ items: { id: string; code: string; expectedActorIds: string[] | null; reportingFrom: string | null }[] }>(`/initiatives/${initiativeId}/indicators`, token)).items.find((i) => i.code === code);
    expect(created).toBeDefined();
    expect([...created!.expectedActorIds!].sort()).toEqual(reporters.map((r) => r.id).sort());
    expect(created!.reportingFrom).toBe(period);
    indicatorId = created!.id;
  });

  it('pastes a row of figures into data entry, is told which one is wrong, fixes it and saves', async () => {
    const { page } = j;
    // Before: the overview shows the new indicator under its goal, without a value.
    await page.getByRole('link', { name: words(SV, 'nav.overview', {}, true) }).first().click();
    const goal = page.getByRole('region', { name: new RegExp(escapeRe(goalTitle)) });
    const card = goal.getByRole('article').filter({ has: page.getByRole('heading', { name }) });
    await card.getByText(words(SV, 'overview.noValueYet')).waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: words(SV, 'nav.entry', {}, true) }).first().click();
    await page.getByRole('heading', { level: 1, name: words(SV, 'entry.title', {}, true) }).waitFor({ timeout: 30_000 });
    await settled(page);
    const first = await findCell(page, new RegExp(`^${code} .* – ${escapeRe(reporters[0].name)}$`));
    expect(await axeViolations(page)).toEqual([]);
    await clickCell(first);
    const how = await pasteFromClipboard(page, '12\t7 st');
    console.info(`data entry: pasted through ${how}`);

    const problems = page.getByRole('region', { name: words(SV, 'entry.problems.title', { count: 1 }) });
    await problems.waitFor({ timeout: 20_000 });
    await problems.getByText(words(SV, 'entry.problems.notANumber', { text: '7 st' })).waitFor();
    expect(await problems.textContent()).toContain(reporters[1].name);
    await snap(page, 'backbone-paste-problem');

    // Fixed by typing over it.
    const second = await findCell(page, new RegExp(`^${code} .* – ${escapeRe(reporters[1].name)}$`));
    await clickCell(second);
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await problems.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByRole('button', { name: words(SV, 'entry.save', { count: 2 }, true) }).click();
    await page.getByText(words(SV, 'entry.saved', { count: 2 })).first().waitFor({ timeout: 30_000 });
    const stored = await api<{ items: { indicatorId: string; actorId: string; value: number }[] }>(
      `/initiatives/${initiativeId}/measurements?period=${period}`,
      await login('backbone@demo.test'),
    );
    const mine = stored.items.filter((m) => m.indicatorId === indicatorId).map((m) => [m.actorId, m.value]);
    expect(mine.sort()).toEqual([[reporters[0].id, 12], [reporters[1].id, 7]].sort());
    expect(j.errors).toEqual([]);
  });

  it('shows the new figures on the overview and in the indicator’s chart', async () => {
    const { page } = j;
    const total = await page.evaluate(() => new Intl.NumberFormat('sv-SE').format(19));
    await page.getByRole('link', { name: words(SV, 'nav.overview', {}, true) }).first().click();
    const goal = page.getByRole('region', { name: new RegExp(escapeRe(goalTitle)) });
    const card = goal.getByRole('article').filter({ has: page.getByRole('heading', { name }) });
    await card.waitFor({ timeout: 30_000 });
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`${total}\\s${unit}`));
    expect(await card.textContent()).toContain(periodLabel(period, SV));

    await card.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(escapeRe(name)) }).waitFor({ timeout: 30_000 });
    await settled(page);
    // The chart's written summary and its table carry the value.
    await expect
      .poll(() => page.getByText(words(SV, 'indicator.summaryLatest', { value: `${total}\u00a0${unit}`, period: periodLabel(period, SV) })).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(j.errors).toEqual([]);
  });

  it('plans a meeting, marks who came, writes the minutes and adds an action item', async () => {
    const { page } = j;
    const title = unique('Partnermöte om sommarjobben');
    const minutes = 'Vi gick igenom sommarjobben. Biblioteket och handelsföreningen rapporterar varje kvartal.';
    const action = unique('Boka lokal till nästa träff');
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

    await page.getByRole('link', { name: words(SV, 'nav.meetings', {}, true) }).first().click();
    await page.getByRole('heading', { level: 1, name: words(SV, 'meetings.pageTitle', {}, true) }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: words(SV, 'meetings.add', {}, true) }).click();
    const dialog = page.getByRole('dialog', { name: words(SV, 'meetings.addTitle') });
    await dialog.getByRole('textbox', { name: words(SV, 'meetings.title', {}, true) }).fill(title);
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await fillDate(dialog, words(SV, 'meetings.startsAt'), `${start}T17:00`);
    await dialog.getByRole('textbox', { name: words(SV, 'meetings.place', {}, true) }).fill('Ekdalens bibliotek');
    await dialog.getByRole('button', { name: words(SV, 'common.save', {}, true) }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });

    // Attendance of two organisations.
    await page.getByRole('button', { name: words(SV, 'meetings.attendance.edit', {}, true) }).click();
    const who = page.getByRole('dialog', { name: words(SV, 'meetings.attendance.editTitle') });
    for (const [i, r] of reporters.entries()) {
      await press(who.getByRole('checkbox', { name: r.name, exact: true }));
      const people = who.getByRole('textbox', { name: words(SV, 'meetings.attendance.peopleFrom', { name: r.name }) });
      await people.fill(String(i + 2));
    }
    await who.getByRole('button', { name: words(SV, 'common.save', {}, true) }).click();
    await who.waitFor({ state: 'detached', timeout: 30_000 });
    const attendance = page.getByRole('region', { name: words(SV, 'meetings.attendance.title', {}, true) });
    await attendance.getByText(words(SV, 'meetings.attendance.total', { actors: 2, people: 5 })).waitFor({ timeout: 30_000 });
    for (const r of reporters) await attendance.getByText(r.name).waitFor();

    // Minutes.
    const minutesRegion = page.getByRole('region', { name: words(SV, 'meetings.minutes.title', {}, true) });
    await minutesRegion.getByRole('button', { name: words(SV, 'meetings.minutes.edit', {}, true) }).click();
    await minutesRegion.getByRole('textbox', { name: words(SV, 'meetings.minutes.label') }).fill(minutes);
    await minutesRegion.getByRole('button', { name: words(SV, 'meetings.minutes.save', {}, true) }).click();
    await minutesRegion.getByText(minutes).waitFor({ timeout: 30_000 });

    // An action item with an owner and a due date.
    const actions = page.getByRole('region', { name: words(SV, 'meetings.actions.title', {}, true) });
    await actions.getByRole('textbox', { name: words(SV, 'meetings.actions.what', {}, true) }).fill(action);
    await actions.getByRole('button', { name: selectNamed(SV, 'meetings.actions.owner') }).click();
    await page.getByRole('option', { name: reporters[0].name, exact: true }).click();
    await fillDate(actions, words(SV, 'meetings.actions.due'), due);
    await actions.getByRole('button', { name: words(SV, 'meetings.actions.add', {}, true) }).click();
    const row = actions.getByRole('row').filter({ hasText: action });
    await row.waitFor({ timeout: 30_000 });
    const dueText = await page.evaluate(
      (d) => new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)),
      due,
    );
    expect(await row.textContent()).toContain(reporters[0].name);
    expect(await row.textContent()).toContain(dueText);

    // All of it is still there when the meeting page is opened afresh.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
    await settled(page);
    await page.getByText(minutes).waitFor({ timeout: 30_000 });
    await page.getByRole('row').filter({ hasText: action }).waitFor();
    await page.getByText(words(SV, 'meetings.attendance.total', { actors: 2, people: 5 })).waitFor();
    await snap(page, 'backbone-meeting');
    expect(await axeViolations(page)).toEqual([]);
    expect(j.errors).toEqual([]);
  });
});

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
