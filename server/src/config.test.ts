import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('loadConfig', () => {
  it('runs embedded with demo data by default, with the data folder at the repository root', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ embedded: true, seedDemo: true, port: 3000, dataDir: path.join(root, 'data') });
    expect(loadConfig({ DATA_DIR: '/srv/ci' }).dataDir).toBe('/srv/ci');
  });

  it('refuses to start against PostgreSQL without a real JWT secret', () => {
    const url = 'postgres://u@localhost/db';
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url, JWT_SECRET: 'changeme' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ DATABASE_URL: url, JWT_SECRET: 'short-but-not-default' })).toThrow(/at least 32/);
    const ok = loadConfig({ DATABASE_URL: url, JWT_SECRET: 'a'.repeat(40) });
    expect(ok).toMatchObject({ embedded: false, seedDemo: false });
  });

  it('rejects a port that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the pool, the statement timeout, the replica and the report workers for many instances', () => {
    const url = 'postgres://u@localhost/db';
    const secret = 'a'.repeat(40);
    expect(loadConfig({ DATABASE_URL: url, JWT_SECRET: secret })).toMatchObject({
      databasePoolSize: 10,
      statementTimeoutMs: undefined,
      databaseReadUrl: undefined,
      databaseDirectUrl: undefined,
      reportWorkers: 2,
    });
    const many = loadConfig({
      DATABASE_URL: url,
      JWT_SECRET: secret,
      DATABASE_POOL_SIZE: '25',
      DATABASE_STATEMENT_TIMEOUT_MS: '30000',
      DATABASE_READ_URL: 'postgres://u@replica/db',
      REPORT_WORKERS: '0',
    });
    expect(many).toMatchObject({ databasePoolSize: 25, statementTimeoutMs: 30_000, databaseReadUrl: 'postgres://u@replica/db', reportWorkers: 0 });
    expect(() => loadConfig({ DATABASE_URL: url, JWT_SECRET: secret, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    // Embedded, nothing else could run the jobs, and there is no replica.
    expect(() => loadConfig({ REPORT_WORKERS: '0' })).toThrow(/REPORT_WORKERS/);
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://u@replica/db' })).toThrow(/DATABASE_READ_URL/);
  });
});
