import { describe, expect, it } from 'vitest';
import { fill, type ValueHistoryEntry, type ValueSnapshot } from '@ci/shared';
import { IMPORT_WORDS } from '@ci/shared/i18n';
import { historyEvents } from './history-events';

const snapshot = (value: number, status: ValueSnapshot['status'] = 'submitted'): ValueSnapshot =>
  ({ indicatorId: 'i', actorId: 'a', period: '2025-Q1', categoryId: null, value, numerator: null, denominator: null, note: '', status, returnReason: null, version: 1 }) as ValueSnapshot;

const entry = (reason: string, before: ValueSnapshot | null, after: ValueSnapshot): ValueHistoryEntry => ({
  id: 1,
  userId: null,
  userName: 'Backbone Person',
  action: before ? 'update' : 'create',
  entityType: 'measurement',
  entityId: 'm',
  before,
  after,
  reason,
  at: new Date('2025-04-12T10:00:00.000Z'),
});

const fmt = { measureType: 'number', decimals: 0, unit: '' } as const;

describe('history of an imported value', () => {
  it('names the file of the audit reason an import writes, in every language, without the prefix', () => {
    for (const words of Object.values(IMPORT_WORDS)) {
      const [event] = historyEvents([entry(fill(words.auditReason, { file: 'values-2025-Q1.xlsx' }), null, snapshot(11))], fmt, 'en');
      expect(event).toMatchObject({ kind: 'imported', file: 'values-2025-Q1.xlsx' });
      expect(event!.reason).toBeUndefined();
    }
  });

  it('keeps the reason given in the file for a changed approved value beside the file name', () => {
    const reason = fill(IMPORT_WORDS.sv.auditReasonWith, { file: 'rättelse.csv', reason: 'Räknade två gånger' });
    const [event] = historyEvents([entry(reason, snapshot(4, 'approved'), snapshot(2))], fmt, 'sv');
    expect(event).toMatchObject({ kind: 'imported', file: 'rättelse.csv', reason: 'Räknade två gånger' });
  });

  it('leaves other reasons as they are', () => {
    const [event] = historyEvents([entry('Counted twice', snapshot(4, 'approved'), snapshot(2))], fmt, 'en');
    expect(event).toMatchObject({ kind: 'corrected', reason: 'Counted twice' });
    expect(event!.file).toBeUndefined();
  });
});
