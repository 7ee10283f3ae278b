// PostgreSQL LISTEN for either driver. On a PostgreSQL server it is a dedicated connection (a pooled
// one may be handed to someone else between queries, and a transaction-mode PgBouncer cannot carry
// LISTEN at all), reconnected with a growing delay; on PGlite, its own `listen`.
import type { FastifyBaseLogger } from 'fastify';
import type { ClientConfig } from 'pg';

export interface NotificationHandlers {
  notify(channel: string, payload: string): void;
  /** True once every channel is listened to; false when the connection is lost (notifications may have been missed). */
  state(up: boolean): void;
}

export interface Notifications {
  close(): Promise<void>;
}

interface PgliteLike {
  listen(channel: string, callback: (payload: string) => void): Promise<(() => Promise<void>) | (() => void)>;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function listenPglite(client: PgliteLike, channels: string[], handlers: NotificationHandlers): Promise<Notifications> {
  const stops: (() => unknown)[] = [];
  for (const channel of channels) stops.push(await client.listen(channel, (payload) => handlers.notify(channel, payload)));
  handlers.state(true);
  return {
    async close() {
      handlers.state(false);
      for (const stop of stops) {
        // A database closed before the app has no listener left to stop.
        await Promise.resolve()
          .then(stop)
          .catch(() => undefined);
      }
    },
  };
}

/** Listens on its own connection; resolves after the first attempt, whether it came up or is retrying. */
export async function listenPostgres(
  config: ClientConfig,
  channels: string[],
  handlers: NotificationHandlers,
  log: FastifyBaseLogger,
): Promise<Notifications> {
  const { default: pg } = await import('pg');
  let current: InstanceType<typeof pg.Client> | undefined;
  let closed = false;
  let delay = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | undefined;

  const lost = (client: InstanceType<typeof pg.Client>, err?: Error) => {
    if (current === client) {
      current = undefined;
      handlers.state(false);
    }
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (closed || retry) return;
    if (err) log.warn({ err }, `Listening for database notifications failed; retrying in ${delay} ms`);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    retry.unref();
    delay = Math.min(delay * 2, LAST_RETRY_MS);
  };

  const connect = async () => {
    if (closed) return;
    const client = new pg.Client(config);
    let gone = false;
    const drop = (err?: Error) => {
      if (gone) return;
      gone = true;
      lost(client, err);
    };
    client.on('error', drop);
    client.on('end', () => drop());
    client.on('notification', (message) => handlers.notify(message.channel, message.payload ?? ''));
    try {
      await client.connect();
      for (const channel of channels) await client.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (err) {
      drop(err as Error);
      return;
    }
    if (gone || closed) return;
    current = client;
    delay = FIRST_RETRY_MS;
    handlers.state(true);
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const client = current;
      current = undefined;
      handlers.state(false);
      if (client) await client.end().catch(() => undefined);
    },
  };
}
