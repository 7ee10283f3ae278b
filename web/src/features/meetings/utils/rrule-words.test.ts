import type { TFunction } from 'i18next';
import { buildRule, parseRule, ruleInWords } from './rrule-words';
import { fromZonedInput, toZonedInput } from './zoned-time';

// A stand-in for i18next that shows the key and its values, so the test reads the structure.
const t = ((key: string, values?: Record<string, unknown>) => {
  if (key.startsWith('meetings.cadence.every.')) return `every ${values?.count} ${key.split('.').pop()}`;
  if (key.startsWith('meetings.cadence.days.')) return key.split('.').pop();
  if (key.startsWith('meetings.cadence.nth.')) return `#${key.split('.').pop()}`;
  if (key === 'meetings.cadence.onNth') return `on ${values?.nth} ${values?.day}`;
  if (key === 'meetings.cadence.onDays') return `on ${values?.days}`;
  if (key === 'meetings.cadence.times') return `${values?.count} times`;
  if (key === 'meetings.cadence.until') return `until ${values?.date}`;
  return key;
}) as unknown as TFunction;

describe('recurrence rules in words', () => {
  it.each([
    ['FREQ=MONTHLY;INTERVAL=3', 'every 3 month'],
    ['FREQ=WEEKLY', 'every 1 week'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', 'every 2 week on TU, TH'],
    ['FREQ=MONTHLY;BYDAY=1TU', 'every 1 month on #1 TU'],
    ['FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1', 'every 1 month on #last TU'],
    ['FREQ=YEARLY;COUNT=4', 'every 1 year 4 times'],
    ['FREQ=MONTHLY;INTERVAL=3;UNTIL=20261231T000000Z', 'every 3 month until 2026-12-31'],
  ])('%s', (rule, words) => {
    expect(ruleInWords(rule, t, (d) => d)).toBe(words);
  });

  it('says when it does not understand a rule', () => {
    expect(ruleInWords('FREQ=MONTHLY;BYMONTHDAY=15', t, (d) => d)).toBeNull();
    expect(ruleInWords('nonsense', t, (d) => d)).toBeNull();
  });

  it('writes back what it reads', () => {
    for (const rule of ['FREQ=MONTHLY;INTERVAL=3', 'FREQ=MONTHLY;BYDAY=2WE', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR']) {
      expect(buildRule(parseRule(rule)!)).toBe(rule);
    }
  });
});

describe('wall times in a time zone', () => {
  it('turns a Stockholm evening into the right instant, in winter and in summer', () => {
    expect(fromZonedInput('2025-01-14T18:00', 'Europe/Stockholm')!.toISOString()).toBe('2025-01-14T17:00:00.000Z');
    expect(fromZonedInput('2025-06-10T18:00', 'Europe/Stockholm')!.toISOString()).toBe('2025-06-10T16:00:00.000Z');
    expect(toZonedInput(new Date('2025-06-10T16:00:00Z'), 'Europe/Copenhagen')).toBe('2025-06-10T18:00');
  });
});
