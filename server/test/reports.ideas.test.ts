// The Ideas sheet of the XLSX export, read back with exceljs: one row per idea of the initiative,
// oldest first, with its status in the export's language, the proposing organisation and person,
// its goals, the organisations that support it (counted and named in the order they voted), the
// decision and the activity it became; days in the initiative's time zone as real dates.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { REPORT_WORDS, type ColumnKey } from '@ci/shared/i18n';
import type { Locale } from '@ci/shared';
import { activities, actors, ideaDecisions, ideaGoals, ideas, ideaVotes } from '../src/db/schema/index.js';
import { createFixture } from './helpers.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture({ locale: 'sv' });
  const [a, b] = f.actorIds;
  const [c] = await f.db.insert(actors).values({ initiativeId: f.initiativeId, name: 'Actor C', sector: 'business' }).returning();
  const [saturdays, fair, online] = await f.db
    .insert(ideas)
    .values([
      {
        initiativeId: f.initiativeId, title: 'Homework help on Saturdays', actorId: a, proposedByUserId: f.users.partner.id,
        status: 'proposed', createdAt: new Date('2024-11-03T10:00:00Z'),
      },
      {
        // Created and decided late in the evening UTC: already the next day in Stockholm.
        initiativeId: f.initiativeId, title: 'Summer jobs fair', actorId: b, status: 'accepted', decisionReason: 'Fits the summer jobs guarantee',
        decidedAt: new Date('2025-02-10T23:30:00Z'), createdAt: new Date('2024-12-31T23:30:00Z'),
      },
      {
        // Its organisation was removed since.
        initiativeId: f.initiativeId, title: 'Online homework help', actorId: null, status: 'declined',
        decisionReason: 'Help in person reaches the pupils who need it most', decidedAt: new Date('2025-03-01T09:00:00Z'),
        createdAt: new Date('2025-01-15T08:00:00Z'),
      },
    ])
    .returning();
  await f.db.insert(ideaGoals).values([
    { ideaId: saturdays.id, goalId: f.goalIds.education },
    { ideaId: fair.id, goalId: f.goalIds.work },
    { ideaId: fair.id, goalId: f.goalIds.education },
  ]);
  await f.db.insert(ideaVotes).values([
    { ideaId: saturdays.id, actorId: b, createdAt: new Date('2024-11-05T12:00:00Z') },
    { ideaId: saturdays.id, actorId: c.id, castByUserId: f.users.backbone.id, createdAt: new Date('2024-11-04T12:00:00Z') },
    { ideaId: fair.id, actorId: a, castByUserId: f.users.backbone.id, meetingId: f.heldMeetingId, createdAt: new Date('2025-01-20T15:00:00Z') },
  ]);
  await f.db.insert(ideaDecisions).values([
    { ideaId: fair.id, fromStatus: 'proposed', toStatus: 'under_discussion', createdAt: new Date('2025-01-10T10:00:00Z') },
    { ideaId: fair.id, fromStatus: 'under_discussion', toStatus: 'accepted', reason: 'Fits the summer jobs guarantee', createdAt: new Date('2025-02-10T23:30:00Z') },
    { ideaId: online.id, fromStatus: 'proposed', toStatus: 'declined', reason: 'Help in person reaches the pupils who need it most', createdAt: new Date('2025-03-01T09:00:00Z') },
  ]);
  await f.db.insert(activities).values({ initiativeId: f.initiativeId, title: 'Summer jobs fair 2025', status: 'planned', leadActorId: b, ideaId: fair.id });

  // Another initiative's idea never shows.
  const other = await createFixture('Other ideas');
  await f.db.insert(ideas).values({ initiativeId: other.initiativeId, title: 'Not ours', actorId: other.actorIds[0] });
});

async function ideaSheet(role: Parameters<ReportFixture['auth']>[0], lang?: Locale) {
  const res = await f.app.inject({ method: 'GET', url: f.url(`/reports/export.xlsx${lang ? `?lang=${lang}` : ''}`), headers: f.auth(role) });
  expect(res.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const locale = lang ?? 'sv';
  const sheet = book.getWorksheet(REPORT_WORDS[locale].sheets.ideas)!;
  expect(sheet, 'the ideas sheet').toBeDefined();
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: ((column: ColumnKey) => ExcelJS.Cell)[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((column) => row.getCell(header.indexOf(REPORT_WORDS[locale].columns[column]) + 1));
  });
  return { book, sheet, header, rows };
}

const day = (cell: ExcelJS.Cell) => (cell.value === null ? null : (cell.value as Date).toISOString().slice(0, 10));
const text = (cell: ExcelJS.Cell) => (cell.value ?? '') as string;

describe('the Ideas sheet of the XLSX export', () => {
  it('follows the Activities sheet, with a bold frozen header in the export language', async () => {
    const { book, sheet, header } = await ideaSheet('backbone');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indikatorer', 'Värden', 'Totaler per period', 'Aktörer', 'Aktiviteter', 'Idéer', 'Möten']);
    expect(header).toEqual([
      'Titel', 'Status', 'Föreslagande organisation', 'Föreslagen av', 'Mål', 'Stödjande organisationer', 'Stöds av',
      'Motivering till beslutet', 'Beslutad', 'Aktivitet', 'Skapad',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    header.forEach((h, i) => expect(sheet.getColumn(i + 1).width ?? 9).toBeGreaterThan(h.length));
  });

  it('has one row per idea of the initiative, oldest first, with status, proposer, goals, support, decision and activity', async () => {
    const { rows } = await ideaSheet('backbone');
    expect(rows.map((get) => get('title').value)).toEqual(['Homework help on Saturdays', 'Summer jobs fair', 'Online homework help']);
    const [saturdays, fair, online] = rows;

    expect(saturdays('status').value).toBe('Föreslagen');
    expect(saturdays('proposing_actor').value).toBe('Actor A');
    expect(saturdays('proposed_by').value).toBe('partner user');
    expect(saturdays('goals').value).toBe('Everyone completes school');
    expect(saturdays('support_count').value).toBe(2);
    expect(saturdays('support_count').type).toBe(ExcelJS.ValueType.Number);
    // In the order the organisations voted.
    expect(saturdays('supporters').value).toBe('Actor C, Actor B');
    expect(saturdays('decision_reason').value ?? null).toBeNull();
    expect(saturdays('decided_at').value ?? null).toBeNull();
    expect(saturdays('activity').value ?? null).toBeNull();
    expect(day(saturdays('created_at'))).toBe('2024-11-03');

    expect(fair('status').value).toBe('Antagen');
    expect(fair('proposed_by').value ?? null).toBeNull();
    // Goals in the agenda's order, whatever order they were linked in.
    expect(fair('goals').value).toBe('Everyone completes school, Everyone finds work');
    expect(fair('support_count').value).toBe(1);
    expect(fair('supporters').value).toBe('Actor A');
    expect(fair('decision_reason').value).toBe('Fits the summer jobs guarantee');
    expect(fair('activity').value).toBe('Summer jobs fair 2025');
    // 23:30 UTC is already the next day in Stockholm.
    expect(fair('decided_at').type).toBe(ExcelJS.ValueType.Date);
    expect(fair('decided_at').numFmt).toBe('yyyy-mm-dd');
    expect(day(fair('decided_at'))).toBe('2025-02-11');
    expect(day(fair('created_at'))).toBe('2025-01-01');
    expect(fair('created_at').numFmt).toBe('yyyy-mm-dd');

    expect(online('status').value).toBe('Avslagen');
    expect(text(online('proposing_actor'))).toBe('');
    expect(text(online('goals'))).toBe('');
    expect(online('support_count').value).toBe(0);
    expect(text(online('supporters'))).toBe('');
    expect(online('decision_reason').value).toBe('Help in person reaches the pupils who need it most');
    expect(day(online('decided_at'))).toBe('2025-03-01');
  });

  it('shows every idea to every role that may export, and speaks the language asked for', async () => {
    const backbone = await ideaSheet('backbone');
    const all = backbone.rows.map((get) => [get('title').value, get('supporters').value ?? null, get('decision_reason').value ?? null]);
    for (const role of ['admin', 'steering', 'partner'] as const) {
      const { rows } = await ideaSheet(role);
      expect(rows.map((get) => [get('title').value, get('supporters').value ?? null, get('decision_reason').value ?? null]), role).toEqual(all);
    }
    const da = await ideaSheet('partner', 'da');
    expect(da.rows.map((get) => get('status').value)).toEqual(['Foreslået', 'Vedtaget', 'Afvist']);
    expect(da.header).toContain('Støttende organisationer');
    const en = await ideaSheet('steering', 'en');
    expect(en.sheet.name).toBe('Ideas');
    expect(en.rows.map((get) => get('status').value)).toEqual(['Proposed', 'Accepted', 'Declined']);
    expect(en.header.slice(0, 4)).toEqual(['Title', 'Status', 'Proposing organisation', 'Proposed by']);
  });
});
