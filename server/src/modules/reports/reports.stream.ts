// Writing into a stream that a slow or vanished client drains: wait when it is full, stop when it closes.
import type { Writable } from 'node:stream';

/** Resolves once the stream wants more data; false when it closed (client gone) meanwhile. */
export function drained(stream: Writable): Promise<boolean> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve(false);
  if (!stream.writableNeedDrain) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    stream.on('drain', onDrain);
    stream.on('close', onClose);
  });
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A file name from an initiative name: letters, digits and dashes. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return stem || 'initiative';
}

/** `stem-from-to` or `stem` for an open range. */
export function rangedName(stem: string, range: { from?: string; to?: string }, ext: string): string {
  const parts = [stem, range.from, range.to].filter((p): p is string => Boolean(p));
  return `${parts.join('_')}.${ext}`;
}

/**
 * Text gathered as UTF-8 bytes, each piece encoded as it is added: a file of a million rows built as
 * one long string per batch would cost far more to join up and encode at once.
 */
export class TextChunks {
  private buffer: Buffer;
  private used = 0;
  private readonly full: Buffer[] = [];

  constructor(private readonly size = 256 * 1024) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  add(text: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (this.used + 3 * text.length > this.size) this.close();
    if (3 * text.length > this.size) this.full.push(Buffer.from(text));
    else this.used += this.buffer.write(text, this.used);
  }

  /** The bytes added since the last call, or null when there are none. */
  take(): Buffer | null {
    this.close();
    const bytes = this.full.length === 0 ? null : this.full.length === 1 ? this.full[0] : Buffer.concat(this.full);
    this.full.length = 0;
    return bytes;
  }

  private close(): void {
    if (this.used === 0) return;
    this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(this.size);
    this.used = 0;
  }
}
