// The XLSX export: one sheet per kind of data, real numbers and dates, streamed row by row.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { periodStart, type Direction, type SeriesResponse } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import { seriesForIndicator } from '../series/series.service.js';
import { indicatorStatus } from '../series/series.status.js';
import { planOf } from '../series/series.plan.js';
import { toWallClock } from '../meeting-series/recurrence.js';
import {
  initiativeTimezone,
  listActors,
  listGoals,
  listReportActivities,
  listReportIndicators,
  listReportMeetings,
  loadInitiative,
  type IndicatorRow,
  type PeriodRange,
} from './reports.repository.js';
import { valuePages } from './reports.values.js';
import { drained } from './reports.stream.js';

type Sheet = ExcelJS.Worksheet;
type Value = string | number | Date | boolean | null | undefined;

interface Col {
  header: string;
  width: number;
  numFmt?: string;
}

const DATE = 'yyyy-mm-dd';
const DATE_TIME = 'yyyy-mm-dd hh:mm';
const INTEGER = '#,##0';

/** The number format of an indicator's values: its own number of decimals. */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : INTEGER;
}

function dateOf(isoDate: string | null): Date | null {
  return isoDate ? new Date(`${isoDate}T00:00:00Z`) : null;
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, cols: Col[]): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = cols.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  return sheet;
}

/** Adds and commits a row; `formats` overrides the number format of single cells (1-based). */
function addRow(sheet: Sheet, values: Value[], formats?: Record<number, string>): void {
  const row = sheet.addRow(values.map((v) => (v === undefined ? null : v)));
  if (formats) for (const [col, fmt] of Object.entries(formats)) row.getCell(Number(col)).numFmt = fmt;
  row.commit();
}

export interface WorkbookData {
  range: PeriodRange;
  initiativeName: string;
  timeZone: string;
  goalTitles: Map<string, string>;
  indicators: IndicatorRow[];
  series: Map<string, SeriesResponse>;
  actors: Awaited<ReturnType<typeof listActors>>;
  activities: Awaited<ReturnType<typeof listReportActivities>>;
  meetings: Awaited<ReturnType<typeof listReportMeetings>>;
}

type Progress = (done: number, total: number) => void;

/**
 * Everything but the values, which are streamed later. Computing every series first means that a
 * bad range fails here, with a proper error, before any byte of the file is sent.
 */
export async function loadWorkbookData(db: DbOrTx, initiativeId: string, range: PeriodRange, onProgress?: Progress): Promise<WorkbookData> {
  const initiative = await loadInitiative(db, initiativeId);
  const [goals, indicators, actors, activities, meetings, timeZone] = await Promise.all([
    listGoals(db, initiativeId),
    listReportIndicators(db, initiativeId, { includeArchived: true }),
    listActors(db, initiativeId),
    listReportActivities(db, initiativeId, range),
    listReportMeetings(db, initiativeId, range, { heldOnly: false }),
    initiativeTimezone(db, initiative),
  ]);
  const series = new Map<string, SeriesResponse>();
  for (const [i, indicator] of indicators.entries()) {
    series.set(indicator.id, await seriesForIndicator(db, indicator, { from: range.from, to: range.to }));
    onProgress?.(i + 1, indicators.length);
  }
  return {
    range,
    initiativeName: initiative.name,
    timeZone,
    goalTitles: new Map(goals.map((g) => [g.id, g.title])),
    indicators,
    series,
    actors,
    activities,
    meetings,
  };
}

/** Writes the workbook into `out` and ends it. Memory stays bounded: values are read and written page by page. */
export async function writeWorkbook(db: DbOrTx, access: VisibilityAccess, data: WorkbookData, out: Writable, onProgress?: Progress): Promise<void> {
  const { range, indicators, series, actors, activities, meetings, timeZone } = data;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = data.initiativeName;
  workbook.created = new Date();

  writeIndicators(addSheet(workbook, 'Indicators', INDICATOR_COLUMNS), indicators, data.goalTitles, series);

  const values = addSheet(workbook, 'Values', VALUE_COLUMNS);
  for (const [index, indicator] of indicators.entries()) {
    const fmt = decimalsFormat(indicator.decimals);
    for await (const page of valuePages(db, access, indicator, range)) {
      for (const r of page) {
        addRow(
          values,
          [indicator.code, indicator.name, indicator.unit, r.period, dateOf(r.periodStart), r.actor, r.sector, r.category,
            r.value, r.numerator, r.denominator, r.status, r.note, r.enteredAt],
          { 9: fmt },
        );
      }
      if (!(await drained(out))) return;
    }
    onProgress?.(index + 1, indicators.length);
  }
  values.commit();

  const aggregates = addSheet(workbook, 'Aggregates', AGGREGATE_COLUMNS);
  for (const indicator of indicators) writeAggregates(aggregates, indicator, series.get(indicator.id)!);
  aggregates.commit();

  const actorSheet = addSheet(workbook, 'Actors', ACTOR_COLUMNS);
  for (const a of actors) {
    addRow(actorSheet, [a.name, a.sector, a.role, a.description, a.contactName, a.contactEmail, a.contactPhone, a.website,
      dateOf(a.joinedOn), dateOf(a.leftOn), a.competences.join(', '), a.needs.join(', ')]);
  }
  actorSheet.commit();

  const activitySheet = addSheet(workbook, 'Activities', ACTIVITY_COLUMNS);
  for (const a of activities) {
    addRow(activitySheet, [a.title, a.status, a.priority, a.leadActor, a.actors.join(', '), a.workingGroup, a.goals.join(', '),
      a.indicators.join(', '), dateOf(a.startDate), dateOf(a.endDate), a.how, a.when, a.who, a.description]);
  }
  activitySheet.commit();

  const meetingSheet = addSheet(workbook, 'Meetings', MEETING_COLUMNS);
  for (const m of meetings) {
    const zone = m.timezone ?? timeZone;
    addRow(meetingSheet, [m.title, m.kind, m.status, m.seriesName, toWallClock(m.startsAt, zone), toWallClock(m.endsAt, zone),
      m.place, m.organisations, m.people, m.agenda.join('\n'), m.decisions.join('\n')]);
  }
  meetingSheet.commit();

  await workbook.commit();
}

const INDICATOR_COLUMNS: Col[] = [
  { header: 'code', width: 10 },
  { header: 'name', width: 40 },
  { header: 'goal', width: 30 },
  { header: 'definition', width: 50 },
  { header: 'source', width: 25 },
  { header: 'unit', width: 10 },
  { header: 'decimals', width: 9 },
  { header: 'measure_type', width: 13 },
  { header: 'direction', width: 10 },
  { header: 'frequency', width: 10 },
  { header: 'actor_aggregation', width: 17 },
  { header: 'time_aggregation', width: 16 },
  { header: 'baseline_value', width: 14 },
  { header: 'baseline_period', width: 14 },
  { header: 'target_value', width: 13 },
  { header: 'target_period', width: 13 },
  { header: 'latest_value', width: 13 },
  { header: 'latest_period', width: 13 },
  { header: 'status', width: 11 },
  { header: 'archived', width: 9 },
];

function writeIndicators(sheet: Sheet, indicators: IndicatorRow[], goals: Map<string, string>, series: Map<string, SeriesResponse>) {
  for (const i of indicators) {
    const s = series.get(i.id)!;
    const fmt = decimalsFormat(i.decimals);
    addRow(
      sheet,
      [i.code, i.name, i.goalId ? goals.get(i.goalId) ?? '' : '', i.definition, i.source, i.unit, i.decimals, i.measureType,
        i.direction, i.frequency, i.actorAggregation, i.timeAggregation, i.baselineValue, i.baselinePeriod, i.targetValue,
        i.targetPeriod, s.latest?.value ?? null, s.latest?.period ?? null, s.status, i.archived],
      { 13: fmt, 15: fmt, 17: fmt },
    );
  }
  sheet.commit();
}

const VALUE_COLUMNS: Col[] = [
  { header: 'indicator_code', width: 14 },
  { header: 'indicator_name', width: 36 },
  { header: 'unit', width: 10 },
  { header: 'period', width: 10 },
  { header: 'period_start', width: 12, numFmt: DATE },
  { header: 'actor', width: 28 },
  { header: 'sector', width: 14 },
  { header: 'category', width: 20 },
  { header: 'value', width: 12 },
  { header: 'numerator', width: 12, numFmt: INTEGER },
  { header: 'denominator', width: 12, numFmt: INTEGER },
  { header: 'status', width: 11 },
  { header: 'note', width: 40 },
  { header: 'entered_at', width: 17, numFmt: DATE_TIME },
];

const AGGREGATE_COLUMNS: Col[] = [
  { header: 'indicator_code', width: 14 },
  { header: 'indicator_name', width: 36 },
  { header: 'unit', width: 10 },
  { header: 'period', width: 10 },
  { header: 'period_start', width: 12, numFmt: DATE },
  { header: 'value', width: 12 },
  { header: 'numerator', width: 12, numFmt: INTEGER },
  { header: 'denominator', width: 12, numFmt: INTEGER },
  { header: 'target', width: 12 },
  { header: 'trajectory', width: 12 },
  { header: 'status', width: 11 },
];

function writeAggregates(sheet: Sheet, indicator: IndicatorRow, s: SeriesResponse) {
  const fmt = decimalsFormat(indicator.decimals);
  for (const p of s.points) {
    // A period is judged against the plan only once it is complete (the headline's rule); in the series' own frequency.
    const status =
      p.value === null || !p.complete || s.frequency !== indicator.frequency
        ? 'no_data'
        : indicatorStatus(indicator.direction as Direction, { period: p.period, value: p.value }, planOf(indicator));
    addRow(
      sheet,
      [indicator.code, indicator.name, indicator.unit, p.period, dateOf(periodStart(p.period)), p.value, p.numerator,
        p.denominator, p.target, p.trajectory, status],
      { 6: fmt, 9: fmt, 10: fmt },
    );
  }
}

const ACTOR_COLUMNS: Col[] = [
  { header: 'name', width: 30 },
  { header: 'sector', width: 14 },
  { header: 'role', width: 14 },
  { header: 'description', width: 40 },
  { header: 'contact_name', width: 20 },
  { header: 'contact_email', width: 26 },
  { header: 'contact_phone', width: 16 },
  { header: 'website', width: 26 },
  { header: 'joined_on', width: 12, numFmt: DATE },
  { header: 'left_on', width: 12, numFmt: DATE },
  { header: 'competences', width: 40 },
  { header: 'needs', width: 40 },
];

const ACTIVITY_COLUMNS: Col[] = [
  { header: 'title', width: 36 },
  { header: 'status', width: 10 },
  { header: 'priority', width: 9 },
  { header: 'lead_actor', width: 26 },
  { header: 'participating_actors', width: 36 },
  { header: 'working_group', width: 20 },
  { header: 'goals', width: 30 },
  { header: 'indicators', width: 14 },
  { header: 'start_date', width: 12, numFmt: DATE },
  { header: 'end_date', width: 12, numFmt: DATE },
  { header: 'how', width: 30 },
  { header: 'when', width: 20 },
  { header: 'who', width: 20 },
  { header: 'description', width: 40 },
];

const MEETING_COLUMNS: Col[] = [
  { header: 'title', width: 34 },
  { header: 'kind', width: 16 },
  { header: 'status', width: 10 },
  { header: 'series', width: 24 },
  { header: 'starts_at', width: 17, numFmt: DATE_TIME },
  { header: 'ends_at', width: 17, numFmt: DATE_TIME },
  { header: 'place', width: 24 },
  { header: 'organisations', width: 13 },
  { header: 'people', width: 9 },
  { header: 'agenda', width: 40 },
  { header: 'decisions', width: 40 },
];
