// The XLSX export: one sheet per kind of data, real numbers and dates, streamed row by row. Sheet
// names, headers, period labels and enum values are in the chosen language, from the same
// catalogues as the app (@ci/shared); numbers stay numbers.
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { periodStart, type Direction, type Locale, type SeriesPoint, type SeriesResponse } from '@ci/shared';
import { enumLabel } from '@ci/shared/i18n';
import type { DbOrTx } from '../../db/client.js';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import { seriesForIndicators } from '../series/series.many.js';
import { indicatorStatus } from '../series/series.status.js';
import { planOf } from '../series/series.plan.js';
import { toWallClock } from '../meeting-series/recurrence.js';
import {
  initiativeTimezone,
  listActors,
  listGoals,
  listReportActivities,
  listReportIdeas,
  listReportIndicators,
  listReportMeetings,
  loadInitiative,
  type IndicatorRow,
  type PeriodRange,
} from './reports.repository.js';
import type { ExportSnapshot } from './reports.snapshot.js';
import { writeValues, ZIP } from './reports.xlsx-values.js';
import { cellPeriod, reportLocale, wordsFor, type Words } from './reports.i18n.js';
import {
  ACTIVITY_COLUMNS,
  ACTOR_COLUMNS,
  AGGREGATE_COLUMNS,
  decimalsFormat,
  IDEA_COLUMNS,
  INDICATOR_COLUMNS,
  MEETING_COLUMNS,
  VALUE_COLUMNS,
  type Col,
} from './reports.xlsx-columns.js';

export { decimalsFormat } from './reports.xlsx-columns.js';

type Value = string | number | Date | boolean | null | undefined;
type Cells = Partial<Record<Col['key'], Value>>;
type Formats = Partial<Record<Col['key'], string>>;

export interface Sheet {
  sheet: ExcelJS.Worksheet;
  cols: Col[];
}

/** What the workbook needs of a series: the headline and the totals by period, without each actor's share of them. */
export interface SeriesSummary extends Pick<SeriesResponse, 'frequency' | 'status' | 'latest' | 'previous'> {
  points: Omit<SeriesPoint, 'byActor' | 'byCategory'>[];
}

function summary(s: SeriesResponse): SeriesSummary {
  return {
    frequency: s.frequency,
    status: s.status,
    latest: s.latest,
    previous: s.previous,
    points: s.points.map(({ byActor: _a, byCategory: _c, ...point }) => point),
  };
}

function dateOf(isoDate: string | null): Date | null {
  return isoDate ? new Date(`${isoDate}T00:00:00Z`) : null;
}

/** The day an instant falls on in the initiative's time zone, as a date cell. */
function localDay(instant: Date | null, timeZone: string): Date | null {
  return instant ? dateOf(toWallClock(instant, timeZone).toISOString().slice(0, 10)) : null;
}

export function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, cols: Col[], words: Words): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = cols.map((c) => {
    const header = words.report.columns[c.key];
    return { header, width: Math.max(c.width, header.length + 2), style: c.numFmt ? { numFmt: c.numFmt } : {} };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  return { sheet, cols };
}

/** Adds and commits a row of cells by column name; `formats` overrides the number format of single cells. */
function addRow({ sheet, cols }: Sheet, cells: Cells, formats?: Formats): void {
  const row = sheet.addRow(cols.map((c) => cells[c.key] ?? null));
  if (formats) {
    cols.forEach((c, i) => {
      const fmt = formats[c.key];
      if (fmt) row.getCell(i + 1).numFmt = fmt;
    });
  }
  row.commit();
}

export interface WorkbookData {
  range: PeriodRange;
  locale: Locale;
  initiativeName: string;
  timeZone: string;
  goalTitles: Map<string, string>;
  indicators: IndicatorRow[];
  series: Map<string, SeriesSummary>;
  actors: Awaited<ReturnType<typeof listActors>>;
  activities: Awaited<ReturnType<typeof listReportActivities>>;
  meetings: Awaited<ReturnType<typeof listReportMeetings>>;
  ideas: Awaited<ReturnType<typeof listReportIdeas>>;
}

type Progress = (done: number, total: number) => void;

/**
 * Everything but the values, which are streamed later. Computing every series first means that a
 * bad range fails here, with a proper error, before any byte of the file is sent.
 */
export async function loadWorkbookData(
  db: DbOrTx,
  initiativeId: string,
  range: PeriodRange,
  lang: Locale | undefined,
  onProgress?: Progress,
): Promise<WorkbookData> {
  const initiative = await loadInitiative(db, initiativeId);
  // One after the other: the handle may be the snapshot's single connection.
  const goals = await listGoals(db, initiativeId);
  const indicators = await listReportIndicators(db, initiativeId, { includeArchived: true });
  const actors = await listActors(db, initiativeId);
  const activities = await listReportActivities(db, initiativeId, range);
  const meetings = await listReportMeetings(db, initiativeId, range, { heldOnly: false });
  const ideas = await listReportIdeas(db, initiativeId);
  const timeZone = await initiativeTimezone(db, initiative);
  // Every series in a few set-based statements (the PDF report's way), of which only the summary is
  // kept: the workbook shows no actor's share of a total.
  const series = new Map<string, SeriesSummary>();
  const all = await seriesForIndicators(db, initiativeId, indicators, { from: range.from, to: range.to });
  indicators.forEach((indicator, i) => series.set(indicator.id, summary(all[i])));
  onProgress?.(indicators.length, indicators.length);
  return {
    range,
    locale: reportLocale(lang, initiative.locale),
    initiativeName: initiative.name,
    timeZone,
    goalTitles: new Map(goals.map((g) => [g.id, g.title])),
    indicators,
    series,
    actors,
    activities,
    meetings,
    ideas,
  };
}

/**
 * Writes the workbook into `out` and ends it. Memory stays flat: values are read as `out` takes
 * them, and each row is committed (written out and forgotten) as soon as it is added.
 */
export async function writeWorkbook(
  snapshot: ExportSnapshot,
  access: VisibilityAccess,
  data: WorkbookData,
  out: Writable,
  onProgress?: Progress,
): Promise<void> {
  const { indicators, series, actors, activities, meetings, ideas, timeZone, locale } = data;
  const words = wordsFor(locale);
  const { vocabulary: v, report } = words;
  const period = (key: string | null) => cellPeriod(key, locale);
  const yesNo = (yes: boolean) => (yes ? report.yes : report.no);
  // No shared strings: their table would hold every distinct text of the file in memory until the end.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: ZIP });
  workbook.creator = data.initiativeName;
  workbook.created = new Date();

  const indicatorSheet = addSheet(workbook, report.sheets.indicators, INDICATOR_COLUMNS, words);
  for (const i of indicators) {
    const s = series.get(i.id)!;
    const fmt = decimalsFormat(i.decimals);
    addRow(
      indicatorSheet,
      {
        code: i.code, name: i.name, goal: i.goalId ? data.goalTitles.get(i.goalId) ?? '' : '', definition: i.definition,
        source: i.source, unit: i.unit, decimals: i.decimals, measure_type: enumLabel(v.measureTypes, i.measureType),
        direction: enumLabel(v.directions, i.direction), frequency: enumLabel(v.frequency, i.frequency),
        actor_aggregation: enumLabel(v.actorAggregations, i.actorAggregation), time_aggregation: enumLabel(v.timeAggregations, i.timeAggregation),
        baseline_value: i.baselineValue, baseline_period: period(i.baselinePeriod), target_value: i.targetValue,
        target_period: period(i.targetPeriod),
        // The headline: the latest complete period, as on every screen.
        latest_value: s.latest?.value, latest_period: period(s.latest?.period ?? null),
        previous_value: s.previous?.value, previous_period: period(s.previous?.period ?? null),
        status: v.status[s.status], archived: yesNo(i.archived),
      },
      { baseline_value: fmt, target_value: fmt, latest_value: fmt, previous_value: fmt },
    );
  }
  indicatorSheet.sheet.commit();

  const values = addSheet(workbook, report.sheets.values, VALUE_COLUMNS, words);
  if (!(await writeValues(snapshot, access, data, values, out, words, onProgress))) return;
  values.sheet.commit();

  const aggregates = addSheet(workbook, report.sheets.aggregates, AGGREGATE_COLUMNS, words);
  for (const indicator of indicators) writeAggregates(aggregates, indicator, series.get(indicator.id)!, words, period);
  aggregates.sheet.commit();

  const actorSheet = addSheet(workbook, report.sheets.actors, ACTOR_COLUMNS, words);
  for (const a of actors) {
    addRow(actorSheet, {
      name: a.name, sector: enumLabel(v.sectors, a.sector), role: enumLabel(v.actorRoles, a.role), description: a.description,
      contact_name: a.contactName, contact_email: a.contactEmail, contact_phone: a.contactPhone, website: a.website,
      joined_on: dateOf(a.joinedOn), left_on: dateOf(a.leftOn), competences: a.competences.join(', '), needs: a.needs.join(', '),
    });
  }
  actorSheet.sheet.commit();

  const activitySheet = addSheet(workbook, report.sheets.activities, ACTIVITY_COLUMNS, words);
  for (const a of activities) {
    addRow(activitySheet, {
      title: a.title, status: enumLabel(v.activityStatus, a.status), priority: a.priority, lead_actor: a.leadActor,
      participating_actors: a.actors.join(', '), working_group: a.workingGroup, goals: a.goals.join(', '),
      indicators: a.indicators.join(', '), start_date: dateOf(a.startDate), end_date: dateOf(a.endDate), how: a.how, when: a.when,
      who: a.who, description: a.description,
    });
  }
  activitySheet.sheet.commit();

  const ideaSheet = addSheet(workbook, report.sheets.ideas, IDEA_COLUMNS, words);
  for (const i of ideas) {
    addRow(ideaSheet, {
      title: i.title, status: enumLabel(v.ideaStatus, i.status), proposing_actor: i.actorName, proposed_by: i.proposedByName,
      goals: i.goals.join(', '), support_count: i.supporters.length, supporters: i.supporters.join(', '),
      decision_reason: i.decisionReason, decided_at: localDay(i.decidedAt, timeZone), activity: i.activityTitle,
      created_at: localDay(i.createdAt, timeZone),
    });
  }
  ideaSheet.sheet.commit();

  const meetingSheet = addSheet(workbook, report.sheets.meetings, MEETING_COLUMNS, words);
  for (const m of meetings) {
    const zone = m.timezone ?? timeZone;
    addRow(meetingSheet, {
      title: m.title, kind: enumLabel(v.meetingKinds, m.kind), status: enumLabel(v.meetingStatus, m.status), series: m.seriesName,
      starts_at: toWallClock(m.startsAt, zone), ends_at: toWallClock(m.endsAt, zone), place: m.place,
      organisations: m.organisations, people: m.people, agenda: m.agenda.join('\n'), decisions: m.decisions.join('\n'),
    });
  }
  meetingSheet.sheet.commit();

  await workbook.commit();
}

/**
 * One row per period of the indicator's series. A period is judged against the plan only once it
 * is complete (the headline's rule); an incomplete period with a figure is marked preliminary,
 * with how many of the expected reporters have reported.
 */
function writeAggregates(sheet: Sheet, indicator: IndicatorRow, s: SeriesSummary, words: Words, period: (key: string) => string | null) {
  const { vocabulary: v, report } = words;
  const fmt = decimalsFormat(indicator.decimals);
  for (const p of s.points) {
    let status: string | null;
    if (!p.complete) status = p.value === null ? null : v.series.preliminary;
    else if (p.value === null || s.frequency !== indicator.frequency) status = v.status.no_data;
    else status = v.status[indicatorStatus(indicator.direction as Direction, { period: p.period, value: p.value }, planOf(indicator))];
    addRow(
      sheet,
      {
        indicator_code: indicator.code, indicator_name: indicator.name, unit: indicator.unit, period: period(p.period),
        period_start: dateOf(periodStart(p.period)), value: p.value, numerator: p.numerator, denominator: p.denominator,
        target: p.target, trajectory: p.trajectory, status, complete: p.complete ? report.yes : report.no,
        reported: p.complete ? null : p.reported, expected: p.complete ? null : p.expected,
      },
      { value: fmt, target: fmt, trajectory: fmt },
    );
  }
}
