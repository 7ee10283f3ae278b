import { describe, expect, it } from 'vitest';
import svApp from './sv.json';
import daApp from './da.json';
import enApp from './en.json';
import { sv as svVocabulary } from '@ci/shared/i18n/sv';
import { da as daVocabulary } from '@ci/shared/i18n/da';
import { en as enVocabulary } from '@ci/shared/i18n/en';
import { notificationsEn } from '@ci/shared/i18n/notifications.en';
import sv from './locales/sv';
import da from './locales/da';
import en from './locales/en';
import { i18n, initI18n } from '.';

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}
const keys = (value: unknown) => entries(value).map(([k]) => k);

// Each language's catalogue is the app's texts merged with the vocabulary shared with the exports;
// the checks run on the merged catalogues, which are what i18next reads.
const merged = { sv, da, en };

describe('catalogues', () => {
  it('Swedish and Danish have exactly the English keys', () => {
    expect(keys(sv).sort()).toEqual(keys(en).sort());
    expect(keys(da).sort()).toEqual(keys(en).sort());
  });

  it('keep the app texts and the shared vocabulary apart, so neither overrides the other', () => {
    for (const [app, vocabulary] of [[svApp, svVocabulary], [daApp, daVocabulary], [enApp, enVocabulary]] as const) {
      const shared = new Set(Object.keys(vocabulary));
      expect(Object.keys(app).filter((k) => shared.has(k))).toEqual([]);
      expect(keys(app).length + keys(vocabulary).length).toBe(keys({ ...app, ...vocabulary }).length);
    }
  });

  it('keep the notification sentences shared with the e-mails apart from the app texts', () => {
    const shared = Object.keys(notificationsEn);
    expect(Object.keys(enApp).filter((k) => shared.includes(k))).toEqual([]);
    expect(Object.keys(enVocabulary).filter((k) => shared.includes(k))).toEqual([]);
    expect(en.notificationText.reminder).toBe(notificationsEn.notificationText.reminder);
  });

  it('have no empty texts', () => {
    for (const catalogue of Object.values(merged)) expect(entries(catalogue).filter(([, s]) => s.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/{{\w+}}|\$t\([\w.]+\)/g) ?? []).sort().join(',');
    const enTexts = new Map(entries(en));
    for (const catalogue of [sv, da]) {
      for (const [k, text] of entries(catalogue)) expect(`${k}: ${placeholders(text)}`).toBe(`${k}: ${placeholders(enTexts.get(k) ?? '')}`);
    }
  });

  it('refer only to texts that exist in the same language', () => {
    for (const catalogue of Object.values(merged)) {
      const texts = new Map(entries(catalogue));
      const references = entries(catalogue).flatMap(([, s]) => [...s.matchAll(/\$t\(([\w.]+)\)/g)].map((m) => m[1]));
      expect(references.length).toBeGreaterThan(20);
      expect(references.filter((r) => !texts.has(r))).toEqual([]);
    }
  });

  it("read the shared words through the app's own keys", async () => {
    await initI18n('sv');
    expect(i18n.t('status.on_track')).toBe('Enligt plan');
    expect(i18n.t('indicator.series.trajectory')).toBe(svVocabulary.series.trajectory);
    expect(i18n.t('presentation.series.trajectory')).toBe('Planerad väg');
    expect(i18n.t('agenda.indicators.directions.increase')).toBe('Högre är bättre');
    await initI18n('da');
    expect(i18n.t('meetings.statuses.held')).toBe('Afholdt');
    await initI18n('en');
  });
});
