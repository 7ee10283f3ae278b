import { describe, expect, it } from 'vitest';
import { ACTIVITY_STATUSES, ACTOR_AGGREGATIONS, ACTOR_ROLES, DIRECTIONS, FREQUENCIES, IDEA_STATUSES, INDICATOR_STATUSES, MEASURE_TYPES,
  MEASUREMENT_STATUSES, MEETING_KINDS, MEETING_STATUSES, SECTORS, TIME_AGGREGATIONS } from '../enums.js';
import { enumLabel, IMPORT_WORDS, NOTIFICATION_WORDS, REPORT_WORDS, VOCABULARIES } from './index.js';
import { fill, periodLabel, periodRangeLabel } from './labels.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort().join(',');

describe('the shared catalogues', () => {
  for (const [name, catalogues] of [
    ['vocabulary', VOCABULARIES],
    ['report words', REPORT_WORDS],
    ['notification words', NOTIFICATION_WORDS],
    ['import words', IMPORT_WORDS],
  ] as const) {
    it(`${name}: every language has the English keys, no empty text and the same placeholders`, () => {
      const english = new Map(entries(catalogues.en));
      for (const locale of ['sv', 'da'] as const) {
        const own = entries(catalogues[locale]);
        expect(own.map(([k]) => k).sort()).toEqual([...english.keys()].sort());
        for (const [key, text] of own) {
          expect(text.trim(), key).not.toBe('');
          expect(`${key}: ${placeholders(text)}`).toBe(`${key}: ${placeholders(english.get(key)!)}`);
        }
      }
    });
  }

  it('names every value of every enum that an export shows', () => {
    const enums = {
      status: INDICATOR_STATUSES, frequency: FREQUENCIES, activityStatus: ACTIVITY_STATUSES, ideaStatus: IDEA_STATUSES, meetingKinds: MEETING_KINDS,
      meetingStatus: MEETING_STATUSES, sectors: SECTORS, actorRoles: ACTOR_ROLES, measureTypes: MEASURE_TYPES, directions: DIRECTIONS,
      actorAggregations: ACTOR_AGGREGATIONS, timeAggregations: TIME_AGGREGATIONS, measurementStatus: MEASUREMENT_STATUSES,
    } as const;
    for (const vocabulary of Object.values(VOCABULARIES)) {
      for (const [group, values] of Object.entries(enums)) {
        expect(Object.keys(vocabulary[group as keyof typeof enums]).sort(), group).toEqual([...values].sort());
      }
    }
  });

  it("holds the app's Swedish and Danish words", () => {
    expect(VOCABULARIES.sv.status.on_track).toBe('Enligt plan');
    expect(VOCABULARIES.sv.series.trajectory).toBe('Planerad väg');
    expect(VOCABULARIES.da.status.on_track).toBe('Som planlagt');
    expect(VOCABULARIES.sv.sectors.civil_society).toBe('Civilsamhälle');
  });

  it('falls back to the stored value for an enum value the catalogue does not know', () => {
    expect(enumLabel(VOCABULARIES.sv.sectors, 'civil_society')).toBe('Civilsamhälle');
    expect(enumLabel(VOCABULARIES.sv.sectors, 'guild')).toBe('guild');
    expect(enumLabel(VOCABULARIES.sv.sectors, 'toString')).toBe('toString');
    expect(enumLabel(VOCABULARIES.sv.sectors, null)).toBe('');
  });
});

describe('periodLabel', () => {
  it('names quarters and half-years the way each language writes them', () => {
    expect(plain(periodLabel('2025-Q4', 'sv'))).toBe('kv. 4 2025');
    expect(plain(periodLabel('2025-Q4', 'da'))).toBe('4. kvt. 2025');
    expect(periodLabel('2025-Q4', 'en')).toBe('Q4 2025');
    expect(plain(periodLabel('2025-H2', 'sv'))).toBe('halvår 2 2025');
    expect(plain(periodLabel('2025-H2', 'da'))).toBe('2. halvår 2025');
    expect(periodLabel('2025-H2', 'en')).toBe('H2 2025');
  });

  it('keeps the number with its word on one line', () => {
    expect(periodLabel('2025-Q1', 'sv')).toBe('kv.\u00a01 2025');
  });

  it('names months with Intl and shows years as years', () => {
    expect(periodLabel('2025-05', 'sv')).toBe('maj 2025');
    expect(periodLabel('2025-10', 'da')).toBe('okt. 2025');
    expect(periodLabel('2025-03', 'en')).toBe('Mar 2025');
    expect(periodLabel('2025', 'da')).toBe('2025');
    expect(plain(periodRangeLabel('2024-Q1', '2025-Q4', 'sv'))).toBe('kv. 1 2024 – kv. 4 2025');
    expect(periodRangeLabel('2025', '2025', 'en')).toBe('2025');
  });
});

describe('fill', () => {
  it("fills i18next's placeholders and leaves unknown ones visible", () => {
    expect(fill(VOCABULARIES.sv.series.preliminaryCount, { reported: 3, expected: 5 })).toBe('Preliminärt (3 av 5 har rapporterat)');
    expect(fill('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });
});
