// What a file's header says about its shape: long (one value per row, columns named as our
// fields in any of our languages or as mapped), or wide with indicators as rows and actors as
// columns, or the transpose.
import { IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportUnmatched } from '@ci/shared';
import { IMPORT_WORDS, REPORT_WORDS } from '@ci/shared/i18n';
import { cellText, normalise, type Cell } from './imports.text.js';
import { suggest, WHOLE_AREA, type Names } from './imports.names.js';

export type Part = 'value' | 'numerator' | 'denominator';

/** A wide file's value column: whose value (rows are indicators) or which indicator's (rows are actors). */
export type ValueColumn =
  | { rowsAre: 'indicators'; actorId: string | null }
  | { rowsAre: 'actors'; indicatorId: string; part: Part | null; categoryId: string | null };

export interface Layout {
  shape: 'long' | 'wide';
  rowsAre: 'indicators' | 'actors' | null;
  headers: string[];
  /** Column index → field, for the columns read as fields. */
  fields: Map<number, ImportField>;
  values: Map<number, ValueColumn>;
  /** Column index → why it is not read (an unmatched column, actor or indicator). */
  unknown: Map<number, ImportUnmatched['kind']>;
  columns: { header: string; field: ImportField | 'cells' | null; target: string | null }[];
  unmatched: ImportUnmatched[];
}

const LANGUAGES = ['en', 'sv', 'da'] as const;

/** Every way our files and the export name a field; `null`: a column we know and do not read. */
function aliases(): Map<string, ImportField | null> {
  const out = new Map<string, ImportField | null>();
  const add = (field: ImportField | null, ...names: string[]) => names.forEach((n) => out.set(normalise(n), field));
  for (const field of IMPORT_FIELDS) add(field, field, field.replace('_', ' '));
  for (const l of LANGUAGES) {
    const c = REPORT_WORDS[l].columns;
    const t = IMPORT_WORDS[l].template;
    add('indicator', c.indicator_code, c.code);
    add('indicator_name', c.indicator_name);
    add('actor', c.actor);
    add('period', c.period);
    add('value', c.value);
    add('numerator', c.numerator);
    add('denominator', c.denominator);
    add('category', c.category);
    add('note', c.note);
    add('part', t.part);
    add('reason', t.reason);
    add(null, c.unit, c.period_start, c.sector, c.status, c.entered_at);
  }
  add('indicator', 'indicator_code', 'code', 'indicator code', 'indikator kod');
  add('actor', 'organisation', 'organization');
  add('note', 'comment', 'kommentar');
  add('reason', 'skal', 'begrundelse');
  add(null, 'unit', 'period_start', 'sector', 'status', 'entered_at');
  return out;
}

const ALIASES = aliases();
const VALUE_FIELDS: ImportField[] = ['value', 'numerator', 'denominator'];

/** The indicator (and part or category) a wide column's header names: `C1`, `C1 Young people`, `Share passing (numerator)`, `D1 – Girls`. */
function indicatorColumn(header: string, names: Names): Omit<Extract<ValueColumn, { rowsAre: 'actors' }>, 'rowsAre'> | undefined {
  const whole = names.indicator(header);
  if (whole) return { indicatorId: whole, part: null, categoryId: null };
  const candidates: [string, string][] = [];
  const firstSpace = header.indexOf(' ');
  if (firstSpace > 0) candidates.push([header.slice(0, firstSpace), header.slice(firstSpace + 1)]);
  for (const m of header.matchAll(/\s[–-]\s|:\s|\s?\(/g)) {
    candidates.push([header.slice(0, m.index), header.slice(m.index + m[0].length).replace(/\)\s*$/, '')]);
  }
  for (const [head, rawTail] of candidates) {
    const indicatorId = names.indicator(head.trim());
    if (!indicatorId) continue;
    let tail = rawTail.trim();
    const label = names.indicators.find((i) => i.id === indicatorId)!.label;
    const name = normalise(label.slice(label.indexOf(' ') + 1));
    // `C1 Young people in work – Girls`: the code, the name, then the part or category.
    if (normalise(tail).startsWith(name)) tail = tail.slice(name.length).replace(/^\s*([–:-]|\()\s*/, '').replace(/\)\s*$/, '').trim();
    if (tail === '') return { indicatorId, part: null, categoryId: null };
    const part = names.part(tail);
    if (part) return { indicatorId, part, categoryId: null };
    const categoryId = names.category(indicatorId, tail);
    if (categoryId) return { indicatorId, part: null, categoryId };
  }
  return undefined;
}

function fieldOf(header: string, mapping: ImportMapping, remembered: Map<string, string>): ImportField | null | undefined {
  const given = Object.entries(mapping.columns).find(([k]) => normalise(k) === normalise(header));
  if (given) return given[1];
  const key = normalise(header);
  if (ALIASES.has(key)) return ALIASES.get(key);
  const stored = remembered.get(`column|${key}`);
  if (stored !== undefined) return stored === '' ? null : (stored as ImportField);
  return undefined;
}

export function detectLayout(
  header: Cell[],
  names: Names,
  mapping: ImportMapping,
  remembered: Map<string, string>,
  wholeArea: string,
): Layout | null {
  const headers = header.map(cellText);
  if (headers.every((h) => h === '')) return null;
  const fields = new Map<number, ImportField>();
  const open: number[] = [];
  headers.forEach((h, i) => {
    if (h === '') return;
    const field = fieldOf(h, mapping, remembered);
    if (field) fields.set(i, field);
    else if (field === undefined) open.push(i);
  });
  const has = (f: ImportField) => [...fields.values()].includes(f);
  const long = VALUE_FIELDS.some(has);
  // A file naming both the indicator and the actor of each row is long, even before its value column is mapped.
  const indicatorKey = has('indicator') || has('indicator_name');
  const rowsAre = long ? null : indicatorKey && !has('actor') ? 'indicators' : has('actor') && !indicatorKey ? 'actors' : null;
  const layout: Layout = {
    shape: rowsAre ? 'wide' : 'long',
    rowsAre,
    headers,
    fields,
    values: new Map(),
    unknown: new Map(),
    columns: [],
    unmatched: [],
  };
  for (const i of open) {
    const h = headers[i];
    if (rowsAre === 'indicators') {
      const actor = names.actor(h);
      if (actor) layout.values.set(i, { rowsAre, actorId: actor === WHOLE_AREA ? null : actor });
    } else if (rowsAre === 'actors') {
      const column = indicatorColumn(h, names);
      if (column) layout.values.set(i, { rowsAre, ...column });
    }
    if (layout.values.has(i)) continue;
    const kind = rowsAre === 'indicators' ? 'actor' : rowsAre === 'actors' ? 'indicator' : 'column';
    layout.unknown.set(i, kind);
    const candidates =
      kind === 'actor' ? names.actors : kind === 'indicator' ? names.indicators : IMPORT_FIELDS.map((f) => ({ id: f, label: f.replace('_', ' ') }));
    layout.unmatched.push({ kind, source: h, count: 0, suggestions: suggest(h, candidates) });
  }
  layout.columns = headers.map((h, i) => {
    const value = layout.values.get(i);
    const target = !value
      ? null
      : value.rowsAre === 'indicators'
        ? value.actorId === null
          ? wholeArea
          : (names.actors.find((a) => a.id === value.actorId)?.label ?? null)
        : [names.indicators.find((x) => x.id === value.indicatorId)?.label, value.part, value.categoryId ? names.categoryName.get(value.categoryId) : null]
            .filter(Boolean)
            .join(' – ');
    return { header: h, field: value ? 'cells' : (fields.get(i) ?? null), target };
  });
  return layout;
}
