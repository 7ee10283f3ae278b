// Data versions: a counter per initiative that the database raises on every write that can change
// a figure, a status or a completeness the initiative shows (migration 0005, statement triggers
// that also NOTIFY `data_version`). Anything computed from an initiative's data can be cached under
// its version, in every instance, and is never served once a newer version is known here.
import { LRUCache } from 'lru-cache';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';

/** The channel the triggers notify with `{ initiativeId, version }`. */
export const DATA_VERSION_CHANNEL = 'data_version';

export type VersionListener = (initiativeId: string, version: number) => void;

/** The initiative's version as stored now; 0 before its first counted write. */
export async function readDataVersion(db: DbOrTx, initiativeId: string): Promise<number> {
  const result = (await db.execute(sql`select version from data_versions where initiative_id = ${initiativeId}`)) as unknown as {
    rows: { version: string | number }[];
  };
  return result.rows.length ? Number(result.rows[0].version) : 0;
}

/** Parses a notification's payload; undefined for anything that is not one of ours. */
export function parseVersionNotice(payload: string): { initiativeId: string; version: number } | undefined {
  try {
    const parsed = JSON.parse(payload) as { initiativeId?: unknown; version?: unknown };
    if (typeof parsed.initiativeId === 'string' && typeof parsed.version === 'number') {
      return { initiativeId: parsed.initiativeId, version: parsed.version };
    }
  } catch {
    // A malformed payload tells us nothing; the next read from the database will.
  }
  return undefined;
}

/**
 * What this process knows of each initiative's version. While the LISTEN connection is up, a
 * version once read stays right: every later commit is announced and only raises it. While it is
 * down (or before it is up), every call reads the database, which is one primary-key lookup.
 *
 * Writes made through this process are forgotten at once (`forget`), before their response goes
 * out, so a client always reads its own writes even if the notification is still on its way. The
 * epoch keeps a read that raced with such a write from storing the version it saw before it.
 */
export class DataVersions {
  private readonly known = new Map<string, number>();
  private readonly listeners = new Set<VersionListener>();
  private epoch = 0;
  private listening = false;

  constructor(private readonly read: (initiativeId: string) => Promise<number>) {}

  /** Whether notifications are arriving, so that versions held in memory are trustworthy. */
  get isListening(): boolean {
    return this.listening;
  }

  /** The initiative's current version. */
  async current(initiativeId: string): Promise<number> {
    if (this.listening) {
      const held = this.known.get(initiativeId);
      if (held !== undefined) return held;
    }
    const epoch = this.epoch;
    const version = await this.read(initiativeId);
    if (this.listening && epoch === this.epoch) this.raise(initiativeId, version);
    return version;
  }

  /** Calls the listener with every version announced from now on; returns the unsubscribe. */
  subscribe(listener: VersionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A write went through this process: read the version again (all initiatives when none is named). */
  forget(initiativeId?: string): void {
    this.epoch++;
    if (initiativeId === undefined) this.known.clear();
    else this.known.delete(initiativeId);
  }

  /** A notification from the database. */
  announce(initiativeId: string, version: number): void {
    if (this.listening) this.raise(initiativeId, version);
    for (const listener of this.listeners) listener(initiativeId, version);
  }

  /** The LISTEN connection came up or went down; what was missed meanwhile is unknown. */
  setListening(up: boolean): void {
    this.listening = up;
    this.forget();
  }

  private raise(initiativeId: string, version: number): void {
    const held = this.known.get(initiativeId);
    if (held === undefined || version > held) this.known.set(initiativeId, version);
  }
}

interface Entry<T> {
  version: number;
  value: T;
}

export interface VersionedCacheOptions<T> {
  /** Memory budget of the values (and keys), in bytes. */
  maxBytes: number;
  /** Bytes a value takes; Buffers and strings are measured when omitted. */
  sizeOf?: (value: T) => number;
}

function defaultSize(value: unknown): number {
  if (Buffer.isBuffer(value)) return value.length;
  if (typeof value === 'string') return value.length * 2;
  return 1024;
}

/**
 * Values computed from an initiative's data, keyed by (initiative, key) and tagged with the data
 * version they were computed at. A lookup with another version misses, so stale values are never
 * served; each slot holds one version, and the least recently used slots go first when the byte
 * budget is spent. Concurrent misses of one slot and version share one computation.
 */
export class VersionedCache<T> {
  private readonly entries: LRUCache<string, Entry<T>>;
  private readonly pending = new Map<string, Promise<T>>();

  constructor(options: VersionedCacheOptions<T>) {
    const sizeOf = options.sizeOf ?? defaultSize;
    this.entries = new LRUCache<string, Entry<T>>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) => Math.max(1, sizeOf(entry.value) + key.length * 2 + 64),
    });
  }

  /** The value kept for this version, unless `fresh` says it has expired meanwhile. */
  get(initiativeId: string, version: number, key: string, fresh?: (value: T) => boolean): T | undefined {
    const entry = this.entries.get(slot(initiativeId, key));
    return entry && entry.version === version && (!fresh || fresh(entry.value)) ? entry.value : undefined;
  }

  set(initiativeId: string, version: number, key: string, value: T): void {
    const id = slot(initiativeId, key);
    const held = this.entries.peek(id);
    // A slower computation of an older version never replaces a newer one.
    if (held && held.version > version) return;
    this.entries.set(id, { version, value });
  }

  /**
   * The cached value, or the computed one, which is then kept. `fresh` tells whether a value of
   * this version still holds (for values that also expire with time); a running computation is
   * shared only when its result is fresh for this caller too.
   */
  async getOrCompute(initiativeId: string, version: number, key: string, compute: () => Promise<T>, fresh?: (value: T) => boolean): Promise<T> {
    const hit = this.get(initiativeId, version, key, fresh);
    if (hit !== undefined) return hit;
    const id = `${version}\u0000${slot(initiativeId, key)}`;
    const running = this.pending.get(id);
    if (running) {
      const shared = await running;
      if (!fresh || fresh(shared)) return shared;
      const value = await compute();
      this.set(initiativeId, version, key, value);
      return value;
    }
    const computing = compute()
      .then((value) => {
        this.set(initiativeId, version, key, value);
        return value;
      })
      .finally(() => this.pending.delete(id));
    this.pending.set(id, computing);
    return computing;
  }

  /** Bytes held now (for tests and metrics). */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

function slot(initiativeId: string, key: string): string {
  return `${initiativeId}\u0000${key}`;
}
