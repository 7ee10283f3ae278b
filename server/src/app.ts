// buildApp: the whole HTTP application as a plugin tree, without listening (server.ts listens).
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/client.js';
import dbPlugin from './plugins/db.js';
import queuePlugin from './plugins/queue.js';
import rateLimitPlugin from './plugins/rate-limit.js';
import dataVersionsPlugin, { type DataVersionOptions } from './plugins/data-versions.js';
import errorsPlugin, { frameworkError } from './plugins/errors.js';
import inputGuardPlugin from './plugins/input-guard.js';
import authPlugin from './plugins/auth.js';
import csrfPlugin from './plugins/csrf.js';
import openapiPlugin from './plugins/openapi.js';
import mailerPlugin, { type MailOptions } from './plugins/mailer.js';
import schedulerPlugin, { type SchedulerOptions } from './plugins/scheduler.js';
import { apiModules } from './modules/index.js';
import securityHeadersPlugin from './plugins/security-headers.js';
import requestIdPlugin from './plugins/request-id.js';
import shutdownPlugin from './plugins/shutdown.js';
import { requestIdFor, withRedaction } from './lib/logging.js';
import { RequestLog } from './lib/request-log.js';
import { DEFAULT_QUOTAS, type QuotaOptions } from './lib/quotas.js';

export interface AppOptions {
  database: Database;
  jwtSecret: string;
  cookieSecure?: boolean;
  /** Directory of the built SPA to serve; skipped when absent. */
  webDist?: string;
  logger?: FastifyServerOptions['logger'];
  /** A logger made already (lib/logger.ts: it applies the redaction), instead of `logger`. */
  loggerInstance?: FastifyBaseLogger;
  /**
   * Requests are not logged one by one (lib/request-log.ts): a failed one is an error, one slower
   * than this many milliseconds a warning (default 2000), any other a `debug` line.
   */
  slowRequestMs?: number;
  /** Login attempts per minute per account (default 10). */
  loginRateLimit?: number;
  /** Login attempts per minute per client address (default five times the per-account limit). */
  loginAddressRateLimit?: number;
  /** Fastify's trustProxy: which proxies may set X-Forwarded-For/-Proto/-Host (default: none). */
  trustProxy?: boolean | number | string[];
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  /**
   * Where people reach the app (scheme, host, optional path): the base of every absolute link the
   * server builds, and an origin accepted for cookie-authenticated writes. Never taken from
   * request headers, which a client can set to any host.
   */
  publicUrl?: string;
  /** Per-user and server-wide limits on report jobs and exports (defaults in lib/quotas.ts). */
  quotas?: Partial<QuotaOptions>;
  /** SMTP for reminders and the daily digest; no e-mail without it. */
  mail?: MailOptions;
  /** The hourly sweeps and digest; off unless given (tests run sweeps themselves). */
  scheduler?: SchedulerOptions;
  /**
   * Report jobs (and meeting packs) this instance renders at once (default 2). 0: it serves HTTP
   * and queues jobs, which wait until an instance with workers on the same database takes them.
   */
  reportWorkers?: number;
  /** Where this instance listens for other instances' writes (see plugins/data-versions.ts). */
  dataVersions?: DataVersionOptions;
}

// Fastify types the factories for ajv; they return zod's compilers all the same.
const ZOD_COMPILERS = { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler } as unknown as NonNullable<
  FastifyServerOptions['schemaController']
>['compilersFactory'];

/** index.html names the assets of the newest build: asked again every time (our no-cache stays). */
const INDEX_OPTIONS = { cacheControl: false };

function hops(count: number) {
  return (_address: string, hop: number) => hop < count;
}

export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    ...(opts.loggerInstance ? { loggerInstance: opts.loggerInstance } : { logger: withRedaction(opts.logger ?? false) }),
    logController: new RequestLog(opts.slowRequestMs),
    genReqId: requestIdFor,
    // Idle keep-alive connections end as soon as closing starts; requests that arrive on a busy
    // one are still answered (readiness says 503 in our error shape), with `Connection: close`.
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    bodyLimit: opts.bodyLimit ?? 5 * 1024 * 1024,
    // A hop count works at run time, but Fastify's types only know the function form.
    trustProxy: typeof opts.trustProxy === 'number' ? hops(opts.trustProxy) : (opts.trustProxy ?? false),
    routerOptions: { ignoreTrailingSlash: true },
    // Every schema is zod's: given the compilers here, Fastify never loads its JSON-schema ones (ajv,
    // fast-json-stringify), which took a good part of the start.
    schemaController: { compilersFactory: ZOD_COMPILERS },
    frameworkErrors: frameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(requestIdPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(shutdownPlugin);
  await app.register(errorsPlugin);
  await app.register(inputGuardPlugin);
  await app.register(dbPlugin, { database: opts.database });
  await app.register(dataVersionsPlugin, { listenUrl: opts.database.directUrl, ...opts.dataVersions });
  await app.register(authPlugin, { secret: opts.jwtSecret, cookieSecure: opts.cookieSecure ?? false });
  await app.register(csrfPlugin, { publicUrl: opts.publicUrl });
  await app.register(rateLimitPlugin);
  await app.register(queuePlugin, { database: opts.database, workers: opts.reportWorkers ?? 2 });
  await app.register(mailerPlugin, { mail: opts.mail });
  if (opts.scheduler) await app.register(schedulerPlugin, opts.scheduler);
  await app.register(openapiPlugin);
  const loginRateLimit = opts.loginRateLimit ?? 10;
  await app.register(
    async (api) =>
      apiModules(api, {
        cookieSecure: opts.cookieSecure ?? false,
        loginRateLimit,
        loginAddressRateLimit: opts.loginAddressRateLimit ?? loginRateLimit * 5,
        quotas: { ...DEFAULT_QUOTAS, ...opts.quotas },
        publicUrl: (opts.publicUrl ?? opts.mail?.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, ''),
      }),
    { prefix: '/api/v1' },
  );

  const webDist = opts.webDist && fs.existsSync(path.join(opts.webDist, 'index.html')) ? path.resolve(opts.webDist) : undefined;
  if (webDist) {
    // Wildcard: files built after start are served too; a missing file falls through to the SPA fallback.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: false,
      maxAge: '1h',
      // The build writes .br and .gz copies of scripts and styles (web/vite.config.ts).
      preCompressed: true,
      setHeaders: (reply, file) => {
        // Files under assets/ carry a hash of their content in their name: a new build has new names.
        if (path.relative(webDist, file).startsWith(`assets${path.sep}`)) {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html', webDist, INDEX_OPTIONS));
  }

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0];
    if (webDist && request.method === 'GET' && !url.startsWith('/api/')) {
      // The SPA's own routes (e.g. /initiatives/…/indicators/…) all load index.html.
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webDist, INDEX_OPTIONS);
    }
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${url}` } });
  });

  return app;
}

export type BuiltApp = Awaited<ReturnType<typeof buildApp>>;
