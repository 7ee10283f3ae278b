import { describe, expect, it } from 'vitest';
import { createMeasurementFixture, putBatch } from './measurement-fixtures.js';
import { csv, rowsOf, upload, workbook } from './import-fixtures.js';

describe('POST /imports: preview of a long CSV', () => {
  it('counts creates, changes and unchanged cells and reports each error with its row and field', async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 10 },
      { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 20 },
    ]);
    const file = csv([
      'indicator code;actor;period;value;numerator;denominator;category;note',
      'C1;Actor A;2025-Q1;10;;;;', // row 2: unchanged
      'C1;actor b;2025-Q1;21;;;;', // row 3: change 20 → 21 (name case-insensitive)
      'P1;Actor A;2025-Q1;;45;60;;', // row 4: create
      'D1;Actor A;kv. 1 2025;5;;;Girls;', // row 5: create, period in Swedish words
      'C1;Actor A;2025-Q2;13,5;;;;', // row 6: error, decimals (C1 has 0)
      'C1;Actor Z;2025-Q2;1;;;;', // row 7: unknown actor
      'M1;Actor A;2025-Q2;1;;;;', // row 8: frequency
      'X1;Actor A;2025-Q2;1;;;;', // row 9: archived
      'C1;Actor A;2025-Q9;1;;;;', // row 10: bad period
      'C1;Actor B;2025-Q3;4;;;;', // row 11: create
      'C1;Actor B;2025-Q3;5;;;;', // row 12: duplicate of row 11
      ';;;;;;;', // row 13: empty, skipped
    ]);
    const res = await upload(f, 'backbone', { name: 'values.csv', content: file });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'ready', shape: 'long', fileName: 'values.csv', format: 'csv', progress: 1 });
    expect(body.preview).toMatchObject({ create: 3, change: 1, unchanged: 1, errorCount: 6 });
    expect(body.preview.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [6, 'value'],
      [7, 'actor'],
      [8, 'period'],
      [9, 'indicator code'],
      [10, 'period'],
      [12, 'value'],
    ]);
    expect(body.preview.errors[0].message).toBe('Too many decimals: this indicator allows 0');
    expect(body.preview.errors[1].message).toBe('Unknown organisation “Actor Z”');
    expect(body.preview.errors[5].message).toBe('The same value is also in row 11');
    expect(body.unmatched).toEqual([{ kind: 'actor', source: 'Actor Z', count: 1, suggestions: expect.arrayContaining([expect.objectContaining({ label: 'Actor A' })]) }]);

    const changes = await rowsOf(f, 'backbone', body.id, 'change');
    expect(changes).toEqual([expect.objectContaining({ row: 3, indicatorCode: 'C1', actorName: 'Actor B', period: '2025-Q1', old: expect.objectContaining({ value: 20 }), new: expect.objectContaining({ value: 21 }) })]);
  });
});
