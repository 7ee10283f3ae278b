// The console of a running server: readable lines on a terminal, JSON otherwise (or as LOG_FORMAT
// says), and no line per request at `info` — only failed and slow requests.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../src/app.js';
import { loadConfig, ConfigError } from '../src/config.js';
import { createLogger, resolveLogFormat } from '../src/lib/logger.js';
import { testApp } from './helpers.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe('log format', () => {
  it('is pretty on a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'yaml' })).toThrow(ConfigError);
  });

  it('writes one JSON object a line, or a line a person reads', () => {
    const json = capture();
    createLogger({ level: 'info', format: 'json', destination: json.stream }).info({ password: 'hunter2' }, 'applying migrations…');
    expect(json.lines).toHaveLength(1);
    expect(JSON.parse(json.lines[0])).toMatchObject({ level: 30, msg: 'applying migrations…', password: '[redacted]' });

    const pretty = capture();
    const log = createLogger({ level: 'info', format: 'pretty', destination: pretty.stream, colorize: false });
    log.info('applying migrations…');
    log.debug('not at this level');
    expect(pretty.lines).toHaveLength(1);
    expect(pretty.lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: applying migrations…$/);
  });
});

describe('request lines', () => {
  let app: BuiltApp;
  let lines: string[];
  beforeAll(async () => {
    const out = capture();
    lines = out.lines;
    const { database } = await testApp();
    const log = createLogger({ level: 'debug', format: 'json', destination: out.stream });
    app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', loggerInstance: log, slowRequestMs: 300 });
    app.get('/broken', async () => {
      throw new Error('kaputt');
    });
    app.get('/slow', async () => {
      await new Promise((r) => setTimeout(r, 350));
      return { ok: true };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  // Each request's logger is a child of the app's, made with the app's level of the moment.
  const setLevel = (level: string) => (app.log.level = level);
  const records = () => lines.map((l) => JSON.parse(l) as { level: number; msg: string; responseTime?: number });

  it('at info, an answered request writes nothing', async () => {
    setLevel('info');
    lines.length = 0;
    const res = await app.inject({ method: 'GET', url: '/api/v1/health/live' });
    expect(res.statusCode).toBe(200);
    const missing = await app.inject({ method: 'GET', url: '/api/v1/no-such-route' });
    expect(missing.statusCode).toBe(404);
    expect(lines).toEqual([]);
  });

  it('a failed request is an error line, a slow one a warning', async () => {
    setLevel('info');
    lines.length = 0;
    expect((await app.inject({ method: 'GET', url: '/broken?token=abc' })).statusCode).toBe(500);
    const failed = records().filter((r) => r.msg.startsWith('request failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ level: 50, msg: expect.stringMatching(/^request failed: GET \/broken\?token=\[redacted\] 500 in \d+ ms$/) });
    // The error itself, with its stack, from the error handler.
    expect(records().some((r) => r.level === 50 && r.msg === 'unhandled error')).toBe(true);

    lines.length = 0;
    expect((await app.inject({ method: 'GET', url: '/slow' })).statusCode).toBe(200);
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ level: 40, msg: expect.stringMatching(/^slow request: GET \/slow 200 in \d+ ms$/) });
    expect(records()[0].responseTime).toBeGreaterThanOrEqual(300);
  });

  it('at debug, every request has its line', async () => {
    setLevel('debug');
    lines.length = 0;
    expect((await app.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200);
    const all = records();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ level: 20, msg: expect.stringMatching(/^request: GET \/api\/v1\/health\/live 200 in \d+ ms$/) });
    setLevel('info');
  });
});
