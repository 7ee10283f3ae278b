// The rows of a file, read through its layout, become the cells it would write: each checked by
// the same rules as the grid's batch write, plus what only a file can get wrong (a bad number or
// period, an unknown name, a partner's row for another organisation).
import { fill, intlLocale, isPeriodKey, MAX_ABS_VALUE, periodLabel, type Frequency, type ImportUnmatched, type Locale } from '@ci/shared';
import type { ImportWords } from '@ci/shared/i18n';
import type { Access } from '../../plugins/auth.js';
import { canEditAll } from '../../plugins/auth.js';
import { cellIssues, type CellIssue, type RuleContext } from '../measurements/measurements.validate.js';
import type { Layout, Part } from './imports.layout.js';
import { suggest, WHOLE_AREA, type Names } from './imports.names.js';
import { cellText, parseNumberCell, parsePeriodCell, type Cell } from './imports.text.js';
import type { RawRow } from './imports.read.js';

/** One cell of the preview, as it goes into `import_rows`. */
export interface Draft {
  rowNumber: number;
  field: string | null;
  action: 'create' | 'error';
  message: string | null;
  indicatorId: string | null;
  actorId: string | null;
  period: string | null;
  categoryId: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Null keeps a stored note. */
  note: string | null;
  /** The reason for a change, kept in `message` of a row that is not an error. */
  reason: string | null;
}

const EXAMPLE: Record<Frequency, string> = { month: '2025-03', quarter: '2025-Q1', half_year: '2025-H1', year: '2025' };
const MAX_TEXT = 2000;

interface Key {
  indicator?: string;
  indicatorText: string;
  actor?: string | null;
  actorText: string;
  period: Cell;
  category: Cell;
  /** A wide column's own category (rows are actors). */
  categoryId?: string | null;
  part: Cell;
  note: Cell;
  reason: Cell;
}

type Fail = (field: string | null, code: keyof ImportWords['errors'], params?: Record<string, string | number>) => void;

export class CellReader {
  private readonly byField = new Map<string, number>();
  private readonly pending = new Map<string, Draft>();
  private readonly unmatched = new Map<string, ImportUnmatched>();

  constructor(
    private readonly layout: Layout,
    private readonly names: Names,
    private readonly ctx: RuleContext,
    private readonly access: Access,
    private readonly words: ImportWords,
    private readonly decimal: ',' | '.',
    private readonly locale: Locale,
  ) {
    for (const [i, f] of layout.fields) if (!this.byField.has(f)) this.byField.set(f, i);
    for (const u of layout.unmatched) this.unmatched.set(`${u.kind}|${u.source}`, u);
  }

  /** Unmatched columns and names with how often they occur, most frequent first. */
  unmatchedNames(): ImportUnmatched[] {
    return [...this.unmatched.values()].sort((a, b) => b.count - a.count).slice(0, 100);
  }

  private header(field: string): string {
    const i = this.byField.get(field);
    return i === undefined ? field : this.layout.headers[i];
  }

  private get(cells: Cell[], field: string): Cell {
    const i = this.byField.get(field);
    return i === undefined ? null : (cells[i] ?? null);
  }

  private noteUnmatched(kind: 'actor' | 'indicator', source: string) {
    const key = `${kind}|${source}`;
    const found = this.unmatched.get(key);
    if (found) found.count++;
    else if (this.unmatched.size < 1000) {
      const suggestions = suggest(source, kind === 'actor' ? this.names.actors : this.names.indicators);
      this.unmatched.set(key, { kind, source, count: 1, suggestions });
    }
  }

  /** The cells of one row of the file. */
  read(raw: RawRow): Draft[] {
    const { cells } = raw;
    const key: Key = {
      indicatorText: cellText(this.get(cells, 'indicator')) || cellText(this.get(cells, 'indicator_name')),
      actorText: cellText(this.get(cells, 'actor')),
      period: this.get(cells, 'period'),
      category: this.get(cells, 'category'),
      part: this.get(cells, 'part'),
      note: this.get(cells, 'note'),
      reason: this.get(cells, 'reason'),
    };
    const out: Draft[] = [];
    if (this.layout.shape === 'long') {
      const figures = { value: this.get(cells, 'value'), numerator: this.get(cells, 'numerator'), denominator: this.get(cells, 'denominator') };
      if (Object.values(figures).every((c) => cellText(c) === '')) return out;
      out.push(this.cell(raw.row, key, figures, { value: this.header('value'), numerator: this.header('numerator'), denominator: this.header('denominator') }));
    } else {
      for (const [i, column] of this.layout.values) {
        const cell = cells[i] ?? null;
        if (cellText(cell) === '') continue;
        const header = this.layout.headers[i];
        const k: Key = column.rowsAre === 'indicators' ? { ...key, actor: column.actorId, actorText: header } : { ...key, indicator: column.indicatorId, indicatorText: header };
        if (column.rowsAre === 'actors') k.categoryId = column.categoryId;
        const part: Part | 'unknown' =
          column.rowsAre === 'actors' ? (column.part ?? 'value') : cellText(key.part) === '' ? 'value' : (this.names.part(cellText(key.part)) ?? 'unknown');
        const draft = this.cell(raw.row, k, { value: null, numerator: null, denominator: null, [part === 'unknown' ? 'value' : part]: cell }, {
          value: header,
          numerator: header,
          denominator: header,
        });
        if (part === 'unknown' && draft.action !== 'error') this.error(draft, this.header('part'), fill(this.words.errors.unknownPart, { name: cellText(key.part) }));
        out.push(...(part === 'numerator' || part === 'denominator' ? this.merge(draft, part) : [draft]));
      }
    }
    return out.map((d) => (d.action === 'error' ? d : this.check(d, key)));
  }

  /** Numerators and denominators of wide files come in separate cells: a cell is whole once both are in. */
  private merge(draft: Draft, part: 'numerator' | 'denominator'): Draft[] {
    if (draft.action === 'error') return [draft];
    const key = `${draft.indicatorId}|${draft.actorId}|${draft.period}|${draft.categoryId}`;
    const other = this.pending.get(key);
    if (!other) {
      this.pending.set(key, draft);
      return [];
    }
    this.pending.delete(key);
    if (other[part] !== null) {
      this.error(draft, draft.field, fill(this.words.errors.duplicate, { row: other.rowNumber }));
      return [other, draft];
    }
    return [{ ...other, [part]: draft[part], note: other.note ?? draft.note, reason: other.reason ?? draft.reason }];
  }

  /** Halves of percentages whose other half never came. */
  finish(): Draft[] {
    const out = [...this.pending.values()].map((d) => {
      this.error(d, d.field, d.numerator === null ? this.words.errors.numeratorMissing : this.words.errors.denominatorMissing);
      return d;
    });
    this.pending.clear();
    return out;
  }

  private error(draft: Draft, field: string | null, message: string) {
    if (draft.action === 'error') {
      draft.message = `${draft.message}; ${message}`;
      return;
    }
    draft.action = 'error';
    draft.field = field;
    draft.message = message;
  }

  /** Reads names, period and figures of one cell; errors of the file's own making. */
  private cell(rowNumber: number, key: Key, figures: Record<Part, Cell>, figureFields: Record<Part, string>): Draft {
    const draft: Draft = {
      rowNumber,
      field: null,
      action: 'create',
      message: null,
      indicatorId: null,
      actorId: null,
      period: null,
      categoryId: null,
      value: null,
      numerator: null,
      denominator: null,
      note: null,
      reason: null,
    };
    const e = this.words.errors;
    const fail: Fail = (field, code, params = {}) => this.error(draft, field, fill(e[code], params));
    const indicatorField = this.byField.has('indicator') ? this.header('indicator') : this.header('indicator_name');
    const indicatorId = key.indicator ?? (key.indicatorText ? this.names.indicator(key.indicatorText) : undefined);
    if (!key.indicatorText) fail(indicatorField, 'indicatorMissing');
    else if (!indicatorId) {
      fail(indicatorField, 'unknownIndicator', { name: key.indicatorText });
      this.noteUnmatched('indicator', key.indicatorText);
    }
    const indicator = indicatorId ? this.ctx.indicators.get(indicatorId) : undefined;
    draft.indicatorId = indicatorId ?? null;
    const actor = key.actor !== undefined ? key.actor : this.names.actor(key.actorText);
    if (actor === undefined) {
      fail(this.header('actor'), 'unknownActor', { name: key.actorText });
      this.noteUnmatched('actor', key.actorText);
    }
    draft.actorId = actor === WHOLE_AREA || actor === undefined ? null : actor;
    const periodText = cellText(key.period);
    const period = parsePeriodCell(key.period, indicator?.frequency as Frequency | undefined);
    if (!periodText) fail(this.header('period'), 'periodMissing');
    else if (!period) fail(this.header('period'), 'periodInvalid', { text: periodText });
    draft.period = period;
    const categoryText = cellText(key.category);
    if (key.categoryId !== undefined) draft.categoryId = key.categoryId;
    else if (categoryText !== '' && indicatorId) {
      const categoryId = this.names.category(indicatorId, categoryText);
      if (!categoryId) fail(this.header('category'), 'unknownCategory', { name: categoryText });
      draft.categoryId = categoryId ?? null;
    }
    for (const part of ['value', 'numerator', 'denominator'] as const) {
      const parsed = parseNumberCell(figures[part], this.decimal);
      if (!parsed.ok) fail(figureFields[part], 'notANumber', { text: cellText(figures[part]) });
      else if (parsed.value !== null && Math.abs(parsed.value) > MAX_ABS_VALUE) fail(figureFields[part], 'outOfRange');
      else draft[part] = parsed.value;
    }
    const note = cellText(key.note);
    const reason = cellText(key.reason);
    if (note.length > MAX_TEXT) fail(this.header('note'), 'textTooLong');
    if (reason.length > MAX_TEXT) fail(this.header('reason'), 'textTooLong');
    draft.note = note === '' ? null : note;
    draft.reason = reason === '' ? null : reason;
    draft.field = draft.field ?? figureFields.value;
    return draft;
  }

  /** The shape of the figures, who may write the cell, and the batch's rules. */
  private check(draft: Draft, key: Key): Draft {
    const e = this.words.errors;
    const indicator = this.ctx.indicators.get(draft.indicatorId!)!;
    const actorField = key.actor !== undefined ? key.actorText : this.header('actor');
    const hasParts = draft.numerator !== null || draft.denominator !== null;
    // An exported CSV carries a percentage's value besides its parts: the parts are what counts.
    if (indicator.measureType === 'percentage' && hasParts) draft.value = null;
    if (draft.value !== null && hasParts) this.error(draft, draft.field, e.bothValueAndParts);
    else if (hasParts && draft.numerator === null) this.error(draft, draft.field, e.numeratorMissing);
    else if (hasParts && draft.denominator === null) this.error(draft, draft.field, e.denominatorMissing);
    if (!canEditAll(this.access)) {
      if (draft.actorId === null) this.error(draft, actorField, e.populationForPartner);
      else if (!this.access.actorIds.includes(draft.actorId)) this.error(draft, actorField, e.otherOrganisation);
    }
    if (draft.action === 'error') return draft;
    const long = this.layout.shape === 'long';
    const fields: Record<CellIssue['field'], string> = {
      actorId: actorField,
      indicatorId: key.indicator !== undefined ? key.indicatorText : this.header('indicator'),
      period: this.header('period'),
      categoryId: this.header('category'),
      value: long ? this.header('value') : draft.field!,
      numerator: long ? this.header('numerator') : draft.field!,
      denominator: long ? this.header('denominator') : draft.field!,
    };
    for (const issue of cellIssues(this.ctx, { ...draft, indicatorId: draft.indicatorId!, period: draft.period! })) {
      this.error(draft, fields[issue.field], this.message(issue));
    }
    return draft;
  }

  private message(issue: CellIssue): string {
    const e = this.words.errors;
    if (issue.code === 'decimals' && issue.field !== 'value') return e.partDecimals;
    if (issue.code === 'frequency') {
      const frequency = issue.params.frequency as Frequency;
      return fill(e.frequency, { frequency: this.words.frequencyWords[frequency], example: EXAMPLE[frequency] });
    }
    return fill(e[issue.code], this.inWords(issue.params));
  }

  /** A rule's parameters as the reader of the preview reads them: periods and days in their language. */
  private inWords(params: Record<string, string | number>): Record<string, string | number> {
    const out: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'string' && isPeriodKey(value)) out[name] = periodLabel(value, this.locale);
      else if (typeof value === 'string' && ISO_DAY.test(value)) out[name] = dayLabel(value, this.locale);
      else out[name] = value;
    }
    return out;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (`YYYY-MM-DD`) as the language writes it: sv `2 dec. 2026`, da `2. dec. 2026`, en `2 Dec 2026`. */
function dayLabel(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
