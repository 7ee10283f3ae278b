// The one place that reads process.env.
import path from 'node:path';
import { z } from 'zod';
// Relative paths are read from the repository root, whichever folder npm runs a script in.
import { ROOT } from './lib/root.js';

const DEFAULT_SECRETS = new Set(['', 'secret', 'changeme', 'change-me', 'dev-secret']);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  /** Connections each instance keeps open to DATABASE_URL (and as many to DATABASE_READ_URL). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** Longest a statement may run before PostgreSQL cancels it; 0: no limit (the server's own setting). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(0),
  /** A read-only replica for the reads of reports (PDF, XLSX, CSV); default: DATABASE_URL. */
  DATABASE_READ_URL: z.string().optional(),
  /** PostgreSQL itself when DATABASE_URL is a transaction pooler: migrations and LISTEN need a session. */
  DATABASE_DIRECT_URL: z.string().optional(),
  /** Report jobs this instance renders at once; 0: it only serves HTTP and queues jobs for others. */
  REPORT_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
  DATA_DIR: z.string().default('./data'),
  /** Where prepared demo databases are kept between starts (a cache: safe to delete). */
  SNAPSHOT_DIR: z.string().default('./node_modules/.cache/collective-impact'),
  JWT_SECRET: z.string().optional(),
  /** Load the demo initiatives on first start; default: only in the embedded (PGlite) mode. */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `pretty`: readable lines; `json`: one JSON object a line; `auto`: pretty on a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  /** Directory of the built web app; served when it exists. */
  WEB_DIST: z.string().optional(),
  /** Cookie `Secure` flag: set true behind HTTPS. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /** Where the app is reached, for absolute links in e-mails, e.g. https://impact.example.org. */
  PUBLIC_URL: z.url().optional(),
  /** smtp(s)://user:pass@host:port; without it no e-mail is sent (the bell still works). */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  /** Hour of the day (server time zone) after which the daily digest goes out. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** The hourly job (due-date sweeps and the digest); safe to run on several instances at once. */
  SCHEDULER: z.enum(['true', 'false']).default('true'),
  /**
   * Which proxies may set X-Forwarded-For/-Proto/-Host: `false` (default: none), `true` (any: only
   * when nothing reaches the app but through the proxy), a number of hops, or a comma list of
   * proxy addresses/CIDR ranges. Sign-in limits count per client address as derived from this.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'true, false, a number of hops or a comma list of addresses')
    .optional(),
});

function trustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((a) => a.trim());
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Absolute; a relative DATA_DIR is taken from the repository root. */
  dataDir: string;
  /** Absolute, like dataDir. */
  snapshotDir: string;
  /** Embedded PGlite with demo data: the `npm start` experience. */
  embedded: boolean;
  jwtSecret: string | undefined;
  seedDemo: boolean;
  logLevel: string;
  logFormat: 'auto' | 'pretty' | 'json';
  webDist: string | undefined;
  cookieSecure: boolean;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  digestHour: number;
  scheduler: boolean;
  trustProxy: boolean | number | string[];
  databasePoolSize: number;
  /** Undefined: no limit set by the app. */
  statementTimeoutMs: number | undefined;
  databaseReadUrl: string | undefined;
  databaseDirectUrl: string | undefined;
  reportWorkers: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  const secret = e.JWT_SECRET?.trim();
  if (!embedded && (!secret || DEFAULT_SECRETS.has(secret) || secret.length < 32)) {
    throw new ConfigError(
      'JWT_SECRET must be set to a random string of at least 32 characters when DATABASE_URL is set ' +
        '(for example: openssl rand -hex 32).',
    );
  }
  if (embedded && (e.DATABASE_READ_URL || e.DATABASE_DIRECT_URL || e.REPORT_WORKERS === 0)) {
    // The embedded database is one process by construction: no replica, and no other instance
    // that could run the jobs this one would only queue.
    throw new ConfigError('DATABASE_READ_URL, DATABASE_DIRECT_URL and REPORT_WORKERS=0 need a DATABASE_URL (PostgreSQL) shared by several instances.');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(ROOT, e.DATA_DIR),
    snapshotDir: path.resolve(ROOT, e.SNAPSHOT_DIR),
    embedded,
    jwtSecret: secret || undefined,
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : embedded,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    webDist: e.WEB_DIST,
    cookieSecure: e.COOKIE_SECURE === 'true',
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL?.trim() || undefined,
    mailFrom: e.MAIL_FROM?.trim() || 'Collective Impact <no-reply@localhost>',
    digestHour: e.DIGEST_HOUR,
    scheduler: e.SCHEDULER === 'true',
    trustProxy: trustProxy(e.TRUST_PROXY),
    databasePoolSize: e.DATABASE_POOL_SIZE,
    statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS || undefined,
    databaseReadUrl: e.DATABASE_READ_URL?.trim() || undefined,
    databaseDirectUrl: e.DATABASE_DIRECT_URL?.trim() || undefined,
    reportWorkers: e.REPORT_WORKERS,
  };
}
