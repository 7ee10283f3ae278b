// Parses a stored upload into its preview: reads the file row by row, writes the cells to
// `import_rows` a chunk at a time (never the whole file in memory), records progress as it goes,
// then computes creates, changes, unchanged cells and errors in SQL.
import { fill, type Locale } from '@ci/shared';
import { IMPORT_WORDS } from '@ci/shared/i18n';
import type { Db } from '../../db/client.js';
import type { Access } from '../../plugins/auth.js';
import { loadRuleContext } from '../measurements/measurements.validate.js';
import { CellReader, type Draft } from './imports.cells.js';
import { detectLayout } from './imports.layout.js';
import { loadNames, rememberedMappings } from './imports.names.js';
import { detectCsvDialect, readCsv, readXlsx, type RawRow } from './imports.read.js';
import { clearRows, finalisePreview, insertDrafts, setImport, storedMapping, type ImportRecord } from './imports.repository.js';

const CHUNK = 1000;
const PROGRESS_EVERY_MS = 300;

export class ParseFailure extends Error {}

/** Runs the whole preview; a file that cannot be read at all ends as `failed` with the reason. */
export async function runPreview(
  db: Db,
  access: Access,
  record: ImportRecord,
  file: string,
  locale: Locale,
  log: (err: unknown) => void,
): Promise<void> {
  const words = IMPORT_WORDS[locale];
  try {
    await clearRows(db, record.id);
    await setImport(db, record.id, { status: 'parsing', progress: 0, counts: {}, failure: null });
    const stored = storedMapping(record);
    const ctx = await loadRuleContext(db, access.initiativeId);
    const remembered = await rememberedMappings(db, access.initiativeId);
    const names = await loadNames(db, access.initiativeId, ctx, stored.given, remembered);

    let progress = 0;
    let reported = Date.now();
    const onProgress = (share: number) => (progress = share);
    let rows: AsyncGenerator<RawRow>;
    let decimal: ',' | '.' = '.';
    if (record.format === 'csv') {
      const dialect = await detectCsvDialect(file);
      decimal = dialect.decimal;
      rows = readCsv(file, dialect, onProgress);
    } else {
      decimal = locale === 'en' ? '.' : ',';
      rows = readXlsx(file, onProgress);
    }

    let reader: CellReader | null = null;
    let layout: ReturnType<typeof detectLayout> = null;
    let chunk: Draft[] = [];
    try {
      for await (const raw of rows) {
        if (!reader) {
          if (raw.cells.every((c) => c === null)) continue;
          layout = detectLayout(raw.cells, names, stored.given, remembered, words.template.wholeArea);
          if (!layout) throw new ParseFailure(words.failures.noHeader);
          reader = new CellReader(layout, names, ctx, access, words, decimal, locale);
          continue;
        }
        chunk.push(...reader.read(raw));
        if (chunk.length >= CHUNK) {
          await insertDrafts(db, record.id, chunk);
          chunk = [];
        }
        if (Date.now() - reported > PROGRESS_EVERY_MS) {
          reported = Date.now();
          // The last share is for the comparison with stored values.
          await setImport(db, record.id, { progress: Math.min(0.95, progress * 0.95) });
        }
      }
    } catch (err) {
      if (err instanceof ParseFailure) throw err;
      log(err);
      throw new ParseFailure(fill(words.failures.unreadable, { format: record.format.toUpperCase() }));
    }
    if (!reader || !layout) throw new ParseFailure(words.failures.noHeader);
    chunk.push(...reader.finish());
    await insertDrafts(db, record.id, chunk);
    const unmatched = reader.unmatchedNames();
    const hasValues = [...layout.fields.values()].some((f) => f === 'value' || f === 'numerator' || f === 'denominator') || layout.values.size > 0;
    if (!hasValues && unmatched.length === 0) throw new ParseFailure(words.failures.noValueColumns);

    const counts = await finalisePreview(db, record, {
      duplicate: words.errors.duplicate,
      approvedNeedsReason: words.errors.approvedNeedsReason,
      reasonField: layout.fields.size > 0 ? reasonHeader(layout) ?? words.template.reason : words.template.reason,
    });
    if (Object.values(counts).every((n) => n === 0) && unmatched.length === 0) throw new ParseFailure(words.failures.empty);
    await setImport(db, record.id, {
      status: 'ready',
      progress: 1,
      shape: layout.shape,
      counts,
      mapping: { ...stored, columns: layout.columns, unmatched },
    });
  } catch (err) {
    const failure = err instanceof ParseFailure ? err.message : fill(words.failures.unreadable, { format: record.format.toUpperCase() });
    await clearRows(db, record.id);
    await setImport(db, record.id, { status: 'failed', progress: 1, failure });
    if (!(err instanceof ParseFailure)) throw err;
  }
}

function reasonHeader(layout: NonNullable<ReturnType<typeof detectLayout>>): string | undefined {
  for (const [i, f] of layout.fields) if (f === 'reason') return layout.headers[i];
  return undefined;
}
