// Where uploads wait between upload, preview and commit (a temporary folder, since the preview
// itself lives in the database), the background parses, and the sweep of stale imports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { Locale } from '@ci/shared';
import type { Db } from '../../db/client.js';
import type { Access } from '../../plugins/auth.js';
import { deleteStaleImports, type ImportRecord } from './imports.repository.js';
import { runPreview } from './imports.preview.js';

/** Files up to this size are parsed before the upload is answered; larger ones in the background. */
export const PARSE_WHILE_WAITING_BYTES = 1024 * 1024;
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export type ImportFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string, mimeType: string): ImportFormat | null {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xlsx' || mimeType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  if (ext === '.csv' || ext === '.txt' || mimeType === 'text/csv') return 'csv';
  return null;
}

export class ImportJobs {
  private readonly running = new Map<string, Promise<void>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly log: (err: unknown, msg: string) => void,
    readonly dir = path.join(os.tmpdir(), 'ci-imports'),
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  fileOf(importId: string, format: string): string {
    return path.join(this.dir, `${importId}.${format}`);
  }

  /** Stores an upload; a partial file is removed when the stream fails (too large, aborted). */
  async store(importId: string, format: ImportFormat, stream: Readable): Promise<number> {
    const file = this.fileOf(importId, format);
    try {
      await pipeline(stream, fs.createWriteStream(file));
    } catch (err) {
      await fs.promises.rm(file, { force: true });
      throw err;
    }
    return (await fs.promises.stat(file)).size;
  }

  async size(record: ImportRecord): Promise<number> {
    return (await fs.promises.stat(this.fileOf(record.id, record.format))).size;
  }

  exists(record: ImportRecord): boolean {
    return fs.existsSync(this.fileOf(record.id, record.format));
  }

  /** Starts parsing; resolves when the preview is ready (or failed). */
  parse(access: Access, record: ImportRecord, locale: Locale): Promise<void> {
    const job = (this.running.get(record.id) ?? Promise.resolve())
      .then(() => runPreview(this.db, access, record, this.fileOf(record.id, record.format), locale, (err) => this.log(err, 'import file unreadable')))
      .catch((err: unknown) => this.log(err, 'import preview failed'))
      .finally(() => {
        if (this.running.get(record.id) === job) this.running.delete(record.id);
      });
    this.running.set(record.id, job);
    return job;
  }

  isParsing(importId: string): boolean {
    return this.running.has(importId);
  }

  async remove(record: Pick<ImportRecord, 'id' | 'format'>): Promise<void> {
    await fs.promises.rm(this.fileOf(record.id, record.format), { force: true });
  }

  /** Uncommitted imports older than a day go, with their rows and files. */
  async sweep(now = new Date()): Promise<number> {
    try {
      const gone = await deleteStaleImports(this.db, new Date(now.getTime() - STALE_AFTER_MS));
      for (const id of gone) for (const format of ['csv', 'xlsx']) await this.remove({ id, format });
      return gone.length;
    } catch (err) {
      this.log(err, 'import sweep failed');
      return 0;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.allSettled(this.running.values());
  }
}
