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
});
