// Files to fill in for one period: an XLSX in the wide shape of the entry grid (indicators as rows,
// organisations as columns, data validation on the cells) and a CSV in the long shape, with the
// headers in the chosen language. A partner's template holds only its own organisations and what
// they are expected to report.
import type ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { frequencyOf, periodEnd, periodStart, type Locale } from '@ci/shared';
import { enumLabel, IMPORT_WORDS, REPORT_WORDS, VOCABULARIES } from '@ci/shared/i18n';
import type { DbOrTx } from '../../db/client.js';
import { actors, disaggregationCategories, disaggregationDimensions, indicators } from '../../db/schema/index.js';
import { canEditAll, type Access } from '../../plugins/auth.js';
import { expectedReporters } from '../reporting/reporting.expected.js';
import { reportingContexts } from '../reporting/reporting.repository.js';
import { cellPeriod } from '../reports/reports.i18n.js';

type IndicatorRow = typeof indicators.$inferSelect;

interface TemplateLine {
  indicator: IndicatorRow;
  category: { id: string; name: string } | null;
  part: 'value' | 'numerator' | 'denominator';
}

export interface TemplateData {
  period: string;
  lines: TemplateLine[];
  actors: { id: string; name: string }[];
  /** A "whole area" column for population-level indicators (the backbone's). */
  wholeArea: boolean;
  /** Per indicator, the actors expected to report it this period. */
  expected: Map<string, Set<string>>;
}

/**
 * The indicators of the period's frequency and the organisations active in it, as the caller may
 * fill them; the organisations in the alphabet of the template's language, as the grid shows them
 * (not in the database's collation, which differs between PGlite and PostgreSQL).
 */
export async function loadTemplate(db: DbOrTx, access: Access, period: string, locale: Locale): Promise<TemplateData> {
  const start = periodStart(period);
  const end = periodEnd(period);
  const indicatorRows = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.initiativeId, access.initiativeId), eq(indicators.archived, false), eq(indicators.frequency, frequencyOf(period))))
    .orderBy(asc(indicators.position), asc(indicators.code));
  const contexts = await reportingContexts(db, access.initiativeId, indicatorRows);
  const expected = new Map(indicatorRows.map((i) => [i.id, new Set(expectedReporters(contexts.get(i.id)!, period).filter((a): a is string => a !== null))]));
  const editor = canEditAll(access);
  const actorRows = (
    await db.select().from(actors).where(eq(actors.initiativeId, access.initiativeId))
  )
    .filter((a) => (a.joinedOn === null || a.joinedOn <= end) && (a.leftOn === null || a.leftOn > start) && (editor || access.actorIds.includes(a.id)))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const shown = indicatorRows.filter(
    (i) => editor || (i.actorAggregation !== 'none' && actorRows.some((a) => expected.get(i.id)!.has(a.id))),
  );
  const categories = shown.length
    ? await db
        .select({ id: disaggregationCategories.id, name: disaggregationCategories.name, indicatorId: disaggregationDimensions.indicatorId })
        .from(disaggregationCategories)
        .innerJoin(disaggregationDimensions, eq(disaggregationDimensions.id, disaggregationCategories.dimensionId))
        .where(inArray(disaggregationDimensions.indicatorId, shown.map((i) => i.id)))
        .orderBy(asc(disaggregationDimensions.position), asc(disaggregationCategories.position))
    : [];
  const lines: TemplateLine[] = [];
  for (const indicator of shown) {
    const parts = indicator.measureType === 'percentage' ? (['numerator', 'denominator'] as const) : (['value'] as const);
    for (const category of [null, ...categories.filter((c) => c.indicatorId === indicator.id)]) {
      for (const part of parts) lines.push({ indicator, category: category && { id: category.id, name: category.name }, part });
    }
  }
  return {
    period,
    lines,
    actors: actorRows.map((a) => ({ id: a.id, name: a.name })),
    wholeArea: editor && shown.some((i) => i.actorAggregation === 'none'),
    expected,
  };
}

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E5E5' } } as const;
const HEADER = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } } as const;

/** The validation of a value cell: a number with at most the indicator's decimals, parts never negative. */
function validation(line: TemplateLine, topLeft: string): ExcelJS.DataValidation {
  const decimals = line.part === 'value' ? line.indicator.decimals : 6;
  const floor = line.part === 'denominator' ? `${topLeft}>0` : line.part === 'numerator' ? `${topLeft}>=0` : 'TRUE';
  return {
    type: 'custom',
    allowBlank: true,
    formulae: [`AND(ISNUMBER(${topLeft}),ROUND(${topLeft},${decimals})=${topLeft},${floor})`],
    showErrorMessage: true,
    errorStyle: 'stop',
  };
}

/** exceljs writes a validation per range (one rule per row here), though its types only know cell validations. */
function rangeValidations(sheet: ExcelJS.Worksheet) {
  return (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
}

export async function templateXlsx(data: TemplateData, locale: Locale): Promise<Buffer> {
  const columns = REPORT_WORDS[locale].columns;
  const words = IMPORT_WORDS[locale].template;
  const vocabulary = VOCABULARIES[locale];
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(words.valuesSheet, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const fixed = [columns.indicator_code, columns.indicator_name, columns.category, words.part, columns.period];
  const valueHeaders = [...data.actors.map((a) => a.name), ...(data.wholeArea ? [words.wholeArea] : [])];
  sheet.addRow([...fixed, ...valueHeaders]);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((c) => (c.fill = HEADER));
  sheet.columns = [
    { width: 12 },
    { width: 40 },
    { width: 16 },
    { width: 12 },
    { width: 10 },
    ...valueHeaders.map((h) => ({ width: Math.min(28, Math.max(12, h.length + 2)) })),
  ];
  const first = fixed.length + 1;
  const last = fixed.length + valueHeaders.length;
  data.lines.forEach((line, index) => {
    const rowNumber = index + 2;
    const part = line.part === 'value' ? '' : columns[line.part];
    sheet.addRow([line.indicator.code, line.indicator.name, line.category?.name ?? '', part, data.period]);
    const population = line.indicator.actorAggregation === 'none';
    for (let col = first; col <= last; col++) {
      const actor = data.actors[col - first];
      const open = population ? !actor : !!actor && data.expected.get(line.indicator.id)!.has(actor.id);
      const cell = sheet.getCell(rowNumber, col);
      if (!open) cell.fill = GREY;
      if (line.part === 'value' && line.indicator.decimals > 0) cell.numFmt = `0.${'0'.repeat(line.indicator.decimals)}`;
    }
    if (last >= first) {
      const topLeft = sheet.getCell(rowNumber, first).address;
      rangeValidations(sheet).add(`${topLeft}:${sheet.getCell(rowNumber, last).address}`, validation(line, topLeft));
    }
  });

  const about = workbook.addWorksheet(words.indicatorsSheet);
  about.addRow([fillPeriod(words.instructions, data.period, locale)]);
  about.addRow([words.percentageHint]);
  about.addRow([]);
  about.addRow([columns.code, columns.name, columns.unit, words.measureType, words.decimalsHint, columns.definition]).font = { bold: true };
  const seen = new Set<string>();
  for (const { indicator } of data.lines) {
    if (seen.has(indicator.id)) continue;
    seen.add(indicator.id);
    about.addRow([indicator.code, indicator.name, indicator.unit, enumLabel(vocabulary.measureTypes, indicator.measureType), indicator.decimals, indicator.definition]);
  }
  about.columns = [{ width: 12 }, { width: 40 }, { width: 14 }, { width: 16 }, { width: 12 }, { width: 60 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function fillPeriod(text: string, period: string, locale: Locale) {
  return text.replace('{{period}}', cellPeriod(period, locale) ?? period);
}

/** Long shape: one row per cell to fill, UTF-8 with BOM, `;` and decimal commas for Swedish and Danish Excel. */
export function templateCsv(data: TemplateData, locale: Locale): string {
  const columns = REPORT_WORDS[locale].columns;
  const words = IMPORT_WORDS[locale].template;
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const { indicator, category } of data.lines) {
    const key = `${indicator.id}|${category?.id ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reporters =
      indicator.actorAggregation === 'none' ? [words.wholeArea] : data.actors.filter((a) => data.expected.get(indicator.id)!.has(a.id)).map((a) => a.name);
    for (const actor of reporters) rows.push([indicator.code, indicator.name, actor, data.period, '', '', '', category?.name ?? '', '', '']);
  }
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [
      columns.indicator_code,
      columns.indicator_name,
      columns.actor,
      columns.period,
      columns.value,
      columns.numerator,
      columns.denominator,
      columns.category,
      columns.note,
      words.reason,
    ],
    delimiter: locale === 'en' ? ',' : ';',
    record_delimiter: 'windows',
  });
}
