// The report files as bytes or streams, shared by the download routes, report jobs and meeting packs.
import { PassThrough, type Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { errorResponses, type Locale } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { Unprocessable } from '../../lib/errors.js';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import { loadReportContent } from './reports.content.js';
import { reportLocale } from './reports.i18n.js';
import { renderReportPdf } from './reports.pdf.js';
import { goalIdsOfInitiative, loadInitiative, type PeriodRange } from './reports.repository.js';
import { fileStem, rangedName } from './reports.stream.js';
import { loadWorkbookData, writeWorkbook } from './reports.xlsx.js';
import { openSnapshot, type ExportSnapshot, type SnapshotHandle } from './reports.snapshot.js';

export const PDF_TYPE = 'application/pdf';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

type Progress = (share: number) => void;

/** The responses of a route that sends a file: documented, never serialised as JSON. */
export function fileResponse(description: string) {
  return { 200: z.any().meta({ description }), ...errorResponses };
}

export interface PdfOptions {
  range: PeriodRange;
  goalIds?: string[];
  kind?: 'report' | 'pack';
  /** The language of the report; default: the initiative's. */
  lang?: Locale;
  /** Where unknown goal ids are reported, e.g. `querystring.goalIds`. */
  goalIdsField: string;
  onProgress?: Progress;
}

export async function reportFileName(db: DbOrTx, initiativeId: string, range: PeriodRange, ext: string, suffix = 'report') {
  const initiative = await loadInitiative(db, initiativeId);
  return rangedName(`${fileStem(initiative.name)}-${suffix}`, range, ext);
}

/** The distinct goal ids asked for; 422 naming `field` when one is not a goal of the initiative. */
export async function checkGoalIds(db: DbOrTx, initiativeId: string, goalIds: string[] | undefined, field: string): Promise<string[]> {
  const distinct = [...new Set(goalIds ?? [])];
  if (distinct.length > 0) {
    const known = await goalIdsOfInitiative(db, initiativeId, distinct);
    const unknown = distinct.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new Unprocessable('Some goals are not goals of this initiative', [{ field, message: `Unknown goals: ${unknown.join(', ')}` }]);
    }
  }
  return distinct;
}

/**
 * The PDF report: loading is the first half of the progress, drawing the second. Its figures are read
 * in one snapshot like the exports' (see openSnapshot), with room for the figures' few large
 * aggregations to hash and sort in memory on PostgreSQL, without parallel workers.
 */
export async function buildReportPdf(handle: SnapshotHandle, initiativeId: string, opts: PdfOptions): Promise<Buffer> {
  const { snapshot, prepared: content } = await openExport(handle, async ({ db }) => {
    if (handle.dbDriver === 'pg') {
      await db.execute(sql`set local work_mem = '32MB'`);
      // One process per statement: each rule group's block would gather workers of its own, and
      // starting them costs more than they save (a third more time for the whole statement here).
      await db.execute(sql`set local max_parallel_workers_per_gather = 0`);
    }
    const goalIds = await checkGoalIds(db, initiativeId, opts.goalIds, opts.goalIdsField);
    return loadReportContent(db, initiativeId, {
      range: opts.range,
      goalIds,
      kind: opts.kind,
      onProgress: (done, total) => opts.onProgress?.((0.5 * done) / total),
    });
  });
  await snapshot.close();
  return renderReportPdf(content, reportLocale(opts.lang, content.initiative.locale), (done, total) => opts.onProgress?.(0.5 + (0.5 * done) / total));
}

/**
 * Opens a snapshot for a streamed export and runs `prepare` in it; when `prepare` fails (a bad range,
 * an unknown indicator) the snapshot is closed and the error becomes the response, before any byte.
 */
export async function openExport<T>(handle: SnapshotHandle, prepare: (snapshot: ExportSnapshot) => Promise<T>) {
  const snapshot = await openSnapshot(handle);
  try {
    return { snapshot, prepared: await prepare(snapshot) };
  } catch (err) {
    await snapshot.close();
    throw err;
  }
}

/**
 * Runs `write` into `out` after the response has started; a failure ends the response early (the
 * client sees a broken download, never a file cut short that looks whole). The snapshot is closed
 * when writing ends for any reason, a client gone away included.
 */
export function writeInBackground(snapshot: ExportSnapshot, out: Writable, write: () => Promise<void>, onError: (err: unknown) => void): void {
  write()
    .catch((err: unknown) => {
      onError(err);
      out.destroy(err as Error);
    })
    .finally(() => snapshot.close());
}

/** The share done of a step; a step with nothing to do is done. */
const shareOf = (done: number, total: number) => (total > 0 ? done / total : 1);

/** The XLSX export as bytes (for report jobs; the download route streams instead), written by the same streaming writer. */
export async function buildWorkbook(
  handle: SnapshotHandle,
  access: VisibilityAccess,
  range: PeriodRange,
  lang: Locale | undefined,
  onProgress?: Progress,
): Promise<Buffer> {
  const { snapshot, prepared: data } = await openExport(handle, (s) =>
    loadWorkbookData(s.db, access.initiativeId, range, lang, (done, total) => onProgress?.(0.5 * shareOf(done, total))),
  );
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  try {
    await writeWorkbook(snapshot, access, data, out, (done, total) => onProgress?.(0.5 + 0.5 * shareOf(done, total)));
  } finally {
    await snapshot.close();
  }
  await ended;
  return Buffer.concat(chunks);
}
