// Requests to the running server as a browser or an API client makes them: a bearer token from
// the public sign-in route, whole bodies read before the clock stops.
import { BENCH_USER } from './data.js';

export class Client {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  static async signIn(url: string): Promise<Client> {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_USER),
    });
    if (!res.ok) throw new Error(`sign-in failed with ${res.status}: ${await res.text()}`);
    return new Client(url, ((await res.json()) as { token: string }).token);
  }

  get headers() {
    return { authorization: `Bearer ${this.token}` };
  }

  /** GET with the whole body read; throws on an unexpected status. */
  async get(path: string, extra: Record<string, string> = {}): Promise<{ status: number; bytes: number; etag: string | null; ms: number }> {
    const started = performance.now();
    const res = await fetch(`${this.url}${path}`, { headers: { ...this.headers, ...extra } });
    let bytes = 0;
    if (res.body) for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
    const ms = performance.now() - started;
    if (res.status !== 200 && res.status !== 304) throw new Error(`GET ${path} answered ${res.status}`);
    return { status: res.status, bytes, etag: res.headers.get('etag'), ms };
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { ...this.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

export interface BatchItem {
  indicatorId: string;
  actorId: string | null;
  period: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  version?: number;
  reason?: string;
}

/** Writes one value through the batch route: the data version of its initiative moves on. */
export class Bumper {
  private version: number;
  private flip = 0;

  constructor(
    private readonly client: Client,
    private readonly initiativeId: string,
    private readonly cell: BatchItem & { value: number; version: number },
  ) {
    this.version = cell.version;
  }

  async bump() {
    const item = { ...this.cell, value: this.cell.value + (this.flip ^= 1), version: this.version, reason: 'benchmark' };
    const res = await this.client.json<{ items: { version: number }[] }>('PUT', `/api/v1/initiatives/${this.initiativeId}/measurements`, {
      items: [item],
    });
    this.version = res.items[0].version;
  }
}
