import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importRows, imports } from '../src/db/schema/index.js';
import { deleteStaleImports } from '../src/modules/imports/imports.repository.js';
import { createMeasurementFixture, storedMeasurements } from './measurement-fixtures.js';
import { commit, csv, rowsOf, upload } from './import-fixtures.js';

const FILE = csv(['indicator code;actor;period;value', 'C1;Actor A;2025-Q1;1', 'C1;Actor B;2025-Q1;2', 'Y1;;2024;3,25']);

describe('who may import', () => {
  it('lets a partner import only its own organisation: other organisations and whole-area values are error rows', async () => {
    const f = await createMeasurementFixture();
    const res = await upload(f, 'partner', { name: 'mine.csv', content: FILE });
    expect(res.statusCode).toBe(201);
    expect(res.json().preview).toMatchObject({ create: 1, errorCount: 2 });
    expect(res.json().preview.errors).toEqual([
      { row: 3, field: 'actor', message: 'You can only import figures for the organisations you are linked to' },
      { row: 4, field: 'actor', message: 'Only the backbone reports figures for the whole area' },
    ]);
    const backbone = (await upload(f, 'backbone', { name: 'all.csv', content: FILE })).json();
    expect(backbone.preview).toMatchObject({ create: 3, errorCount: 0 });
    expect((await rowsOf(f, 'backbone', backbone.id, 'create')).map((r) => [r.row, r.actorName, r.new.value])).toEqual([
      [2, 'Actor A', 1],
      [3, 'Actor B', 2],
      [4, null, 3.25],
    ]);
  });

  it('refuses steering (403) and outsiders (404) on every route', async () => {
    const f = await createMeasurementFixture();
    const mine = (await upload(f, 'backbone', { name: 'all.csv', content: FILE })).json();
    expect((await upload(f, 'steering', { name: 'x.csv', content: FILE })).statusCode).toBe(403);
    expect((await upload(f, 'outsider', { name: 'x.csv', content: FILE })).statusCode).toBe(404);
    const routes = [
      ['GET', '/imports/template.xlsx?period=2025-Q1'],
      ['GET', '/imports/template.csv?period=2025-Q1'],
      ['GET', `/imports/${mine.id}`],
      ['GET', `/imports/${mine.id}/rows`],
      ['POST', `/imports/${mine.id}/commit`],
      ['DELETE', `/imports/${mine.id}`],
    ] as const;
    for (const [method, path] of routes) {
      expect((await f.app.inject({ method, url: f.url(path), headers: f.auth('steering') })).statusCode, path).toBe(403);
      expect((await f.app.inject({ method, url: f.url(path), headers: f.auth('outsider') })).statusCode, path).toBe(404);
    }
  });

  it("shows an import to its uploader and to the backbone, not to another partner, nor under another initiative", async () => {
    const f = await createMeasurementFixture();
    const other = await createMeasurementFixture();
    const backbones = (await upload(f, 'backbone', { name: 'all.csv', content: FILE })).json();
    const partners = (await upload(f, 'partner', { name: 'mine.csv', content: FILE })).json();
    expect((await f.app.inject({ method: 'GET', url: f.url(`/imports/${backbones.id}`), headers: f.auth('partner') })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url(`/imports/${partners.id}`), headers: f.auth('admin') })).json()).toMatchObject({ id: partners.id });
    expect((await commit(f, 'partner', backbones.id)).statusCode).toBe(404);
    const elsewhere = await other.app.inject({ method: 'GET', url: other.url(`/imports/${backbones.id}`), headers: other.auth('backbone') });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('discards an import with its rows, and sweeps uncommitted imports older than a day', async () => {
    const f = await createMeasurementFixture();
    const first = (await upload(f, 'backbone', { name: 'a.csv', content: FILE })).json();
    const res = await f.app.inject({ method: 'DELETE', url: f.url(`/imports/${first.id}`), headers: f.auth('backbone') });
    expect(res.statusCode).toBe(204);
    expect(await f.db.select().from(importRows).where(eq(importRows.importId, first.id))).toHaveLength(0);
    expect((await f.app.inject({ method: 'GET', url: f.url(`/imports/${first.id}`), headers: f.auth('backbone') })).statusCode).toBe(404);

    const old = (await upload(f, 'backbone', { name: 'b.csv', content: FILE })).json();
    const fresh = (await upload(f, 'backbone', { name: 'c.csv', content: FILE })).json();
    await f.db.update(imports).set({ createdAt: new Date(Date.now() - 25 * 3600 * 1000) }).where(eq(imports.id, old.id));
    const gone = await deleteStaleImports(f.db, new Date(Date.now() - 24 * 3600 * 1000));
    expect(gone).toContain(old.id);
    expect(gone).not.toContain(fresh.id);
    expect(await f.db.select().from(importRows).where(eq(importRows.importId, old.id))).toHaveLength(0);
  });

  it('imports 2 000 values in one commit', async () => {
    const f = await createMeasurementFixture();
    const lines = ['indicator code,actor,period,value'];
    for (let year = 1950; lines.length <= 2000; year++) {
      for (const q of [1, 2, 3, 4]) for (const actor of ['Actor A', 'Actor B']) lines.push(`C1,${actor},${year}-Q${q},${year % 7}`);
    }
    const preview = (await upload(f, 'backbone', { name: 'many.csv', content: csv(lines.slice(0, 2001), false) })).json();
    expect(preview).toMatchObject({ status: 'ready', preview: { create: 2000, errorCount: 0 } });
    expect((await commit(f, 'backbone', preview.id)).json()).toMatchObject({ created: 2000 });
    expect(await storedMeasurements(f)).toHaveLength(2000);
  }, 60_000);
});
