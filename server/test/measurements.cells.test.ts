// A batch finds each stored cell whatever it lacks (an actor, a category, both or neither): the
// batch write looks cells up by one index-backed join per such pattern.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch } from './measurement-fixtures.js';
import { addDimension, addIndicator } from './series-fixtures.js';

type Saved = { id: string; categoryId: string | null; actorId: string | null; value: number; version: number };

describe('PUT /measurements: cells with and without actor and category', () => {
  it('changes stored cells of every pattern at their versions, refuses stale versions of each, and audits every change', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const district = await addIndicator(f, { frequency: 'year', actorAggregation: 'none' });
    const area = await addDimension(f, district, 'Area', 1, ['North', 'South']);
    const a = f.actorIds[0];
    const cells = [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1' },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys },
      { indicatorId: district, actorId: null, period: '2025' },
      { indicatorId: district, actorId: null, period: '2025', categoryId: area.North },
      { indicatorId: district, actorId: null, period: '2025', categoryId: area.South },
    ];
    const figures = (total: number) => [total, (total * 7) / 10, (total * 3) / 10, total, (total * 6) / 10, (total * 4) / 10];

    const created = await putBatch(f, 'backbone', cells.map((c, i) => ({ ...c, value: figures(10)[i] })));
    expect(created.statusCode).toBe(200);
    const first = created.json().items as Saved[];
    expect(first.map((m) => m.version)).toEqual([1, 1, 1, 1, 1, 1]);

    // Omitting the versions claims the cells are new: each of the six is reported as changed meanwhile.
    const stale = await putBatch(f, 'backbone', cells.map((c, i) => ({ ...c, value: figures(20)[i] })));
    expect(stale.statusCode).toBe(409);
    const conflicts = stale.json().error.details.conflicts as { categoryId: string | null; current: Saved | null }[];
    expect(conflicts.map((c) => [c.categoryId, c.current?.id])).toEqual(first.map((m) => [m.categoryId, m.id]));

    const changed = await putBatch(f, 'backbone', cells.map((c, i) => ({ ...c, value: figures(20)[i], version: 1 })));
    expect(changed.statusCode).toBe(200);
    const second = changed.json().items as Saved[];
    expect(second.map((m) => [m.id, m.value, m.version])).toEqual(first.map((m, i) => [m.id, figures(20)[i], 2]));

    const audit = await f.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.initiativeId, f.initiativeId), eq(auditLog.entityType, 'measurement')));
    for (const m of first) {
      const entries = audit.filter((e) => e.entityId === m.id);
      expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
      const update = entries.find((e) => e.action === 'update')!;
      expect(update.before).toMatchObject({ value: m.value, version: 1, categoryId: m.categoryId, actorId: m.actorId });
      expect(update.after).toMatchObject({ value: second.find((s) => s.id === m.id)!.value, version: 2 });
    }
  });
});
