// i18next with one catalogue per language, each its own chunk: the first page loads only the
// language on screen, and switching loads the next one (a few kilobytes) before it changes. A
// language's catalogue is the app's own texts (./en.json) plus the domain vocabulary that the
// exported reports use too (@ci/shared/i18n/en: statuses, enum values, chart lines), merged in
// ./locales/en.ts; app texts can refer to vocabulary words with i18next nesting, `$t(series.value)`.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isLocale, LOCALES, type Locale } from '@ci/shared';
import { readPreference, writePreference } from '../lib/storage';

type Catalogue = (typeof import('./locales/en'))['default'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

const CATALOGUES: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  sv: () => import('./locales/sv'),
  da: () => import('./locales/da'),
  en: () => import('./locales/en'),
};

export { isLocale };

/** The saved choice, else the first of the browser's languages we speak, else English. */
export function detectLocale(): Locale {
  const saved = readPreference('locale');
  if (isLocale(saved)) return saved;
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of languages) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Adds a language's catalogue when it is in (its loading already started by the caller). */
async function addCatalogue(locale: Locale, loading: Promise<{ default: Catalogue }>) {
  i18n.addResourceBundle(locale, 'translation', (await loading).default, true, true);
}

async function ensureLoaded(locale: Locale) {
  if (!i18n.hasResourceBundle(locale, 'translation')) await addCatalogue(locale, CATALOGUES[locale]());
}

/**
 * Starts i18next in a language and resolves when its catalogue is in place. The catalogue is asked
 * for first, before anything else the first page starts loading (app/main.tsx).
 */
export async function initI18n(locale: Locale = detectLocale()) {
  const catalogue = i18n.isInitialized && i18n.hasResourceBundle(locale, 'translation') ? null : CATALOGUES[locale]();
  if (!i18n.isInitialized) {
    await i18n.use(initReactI18next).init({
      resources: {},
      partialBundledLanguages: true,
      lng: locale,
      // Every catalogue holds every key (a test checks), so there is no language to fall back to.
      fallbackLng: false,
      supportedLngs: [...LOCALES],
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  }
  if (catalogue) await addCatalogue(locale, catalogue);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  setDocumentLanguage(locale);
  return i18n;
}

function setDocumentLanguage(locale: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export async function changeLocale(locale: Locale) {
  writePreference('locale', locale);
  await ensureLoaded(locale);
  await i18n.changeLanguage(locale);
  setDocumentLanguage(locale);
}

/** The current UI language as one of ours. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLocale(lng) ? lng : 'en';
}

export { i18n };
