// With TEST_DATABASE_URL set, each run gets a fresh database on that server, dropped afterwards.
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
    /** A second database for tests that need one no other app of the run works on. */
    spareDatabaseUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    project.provide('databaseUrl', null);
    project.provide('spareDatabaseUrl', null);
    return;
  }
  const name = `ci_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.query(`create database ${name}_spare`);
  await admin.end();
  const urlOf = (database: string) => {
    const url = new URL(base);
    url.pathname = `/${database}`;
    return url.toString();
  };
  project.provide('databaseUrl', urlOf(name));
  project.provide('spareDatabaseUrl', urlOf(`${name}_spare`));
  return async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`drop database if exists ${name}_spare with (force)`);
    await c.end();
  };
}
