import { describe, expect, it } from 'vitest';
import { NOTIFICATION_WORDS } from './i18n/index.js';
import { notificationMessage } from './notification-text.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const say = (kind: Parameters<typeof notificationMessage>[0]['kind'], params: Record<string, unknown>, locale: 'sv' | 'da' | 'en') => {
  const m = notificationMessage({ kind, params }, NOTIFICATION_WORDS[locale].notificationText, locale);
  return { text: plain(m.text), details: m.details.map(plain) };
};

const missing = {
  actorId: 'a',
  actorName: 'Läxhjälpen',
  period: '2025-Q1',
  dueDate: '2025-04-30',
  indicators: [
    { id: '1', code: 'A1', name: 'Läxhjälpstimmar' },
    { id: '2', code: 'A2', name: 'Godkända elever' },
  ],
};

describe('notificationMessage', () => {
  it('words a reminder in Swedish and Danish with the period, the date and the indicators', () => {
    expect(say('reminder', { ...missing, senderName: 'Anna' }, 'sv').text).toBe(
      'Påminnelse från Anna: Läxhjälpen har ännu inte rapporterat Läxhjälpstimmar och Godkända elever för kv. 1 2025 (senast 30 apr. 2025)',
    );
    expect(say('reminder', missing, 'da').text).toBe(
      'Påmindelse: Läxhjälpen har endnu ikke indberettet Läxhjälpstimmar og Godkända elever for 1. kvt. 2025 (frist 30. apr. 2025)',
    );
  });

  it('shortens a long list of indicators and gives all of them as details', () => {
    const indicators = ['A', 'B', 'C', 'D', 'E'].map((c) => ({ id: c, code: c, name: `Ind ${c}` }));
    const m = say('value_missing', { ...missing, indicators, late: true }, 'en');
    expect(m.text).toBe('Läxhjälpen: figures for Q1 2025 were due by 30 Apr 2025 and are still missing: Ind A, Ind B and 3 more');
    expect(m.details).toEqual(['A Ind A', 'B Ind B', 'C Ind C', 'D Ind D', 'E Ind E']);
  });

  it('words returned values: one in a sentence, several as lines', () => {
    const one = { reason: 'Fel kvartal', values: [{ indicatorName: 'Besök', actorName: 'Fritidsgården', period: '2025-03' }] };
    expect(say('value_returned', one, 'sv').text).toBe('Besök (Fritidsgården, mars 2025) har skickats tillbaka för rättelse: Fel kvartal');
    const two = { reason: 'Check', values: [...one.values, { indicatorName: 'Share', actorName: null, period: '2025' }] };
    expect(say('value_returned', two, 'en')).toEqual({
      text: '2 values were sent back for correction: Check',
      details: ['Besök, Fritidsgården, Mar 2025', 'Share, whole area, 2025'],
    });
  });

  it('words action items, ideas and unknown kinds without breaking on missing params', () => {
    expect(say('action_item_assigned', { title: 'Boka lokal', actorName: 'Bostadsbolaget', dueDate: null }, 'sv').text).toBe(
      'Bostadsbolaget har fått en ny uppgift: ”Boka lokal”',
    );
    expect(say('idea_decided', { title: 'Sommarjobb', status: 'declined', reason: 'Ingen budget' }, 'da').text).toBe(
      'Idéen »Sommarjobb« har fået afslag: Ingen budget',
    );
    expect(() => say('comment', {}, 'en')).not.toThrow();
    expect(say('unheard_of' as never, {}, 'sv').text).toBe('Något nytt har hänt');
  });
});
