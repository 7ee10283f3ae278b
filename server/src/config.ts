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
  DATA_DIR: z.string().default('./data'),
  /** Where prepared demo databases are kept between starts (a cache: safe to delete). */
  SNAPSHOT_DIR: z.string().default('./node_modules/.cache/collective-impact'),
  JWT_SECRET: z.string().optional(),
  /** Load the demo initiatives on first start; default: only in the embedded (PGlite) mode. */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  webDist: string | undefined;
  cookieSecure: boolean;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  digestHour: number;
  scheduler: boolean;
  trustProxy: boolean | number | string[];
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
    webDist: e.WEB_DIST,
    cookieSecure: e.COOKIE_SECURE === 'true',
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL?.trim() || undefined,
    mailFrom: e.MAIL_FROM?.trim() || 'Collective Impact <no-reply@localhost>',
    digestHour: e.DIGEST_HOUR,
    scheduler: e.SCHEDULER === 'true',
    trustProxy: trustProxy(e.TRUST_PROXY),
  };
}
