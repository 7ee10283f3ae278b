import { useTranslation } from 'react-i18next';
import type { Locale } from '@ci/shared';
import { Select } from './ui/Select';
import { changeLocale, useLocale } from '../i18n';

// Each language is named in itself, so a person can find their own whatever is on screen.
const OPTIONS = [
  { id: 'sv' as const, label: 'Svenska', lang: 'sv' },
  { id: 'da' as const, label: 'Dansk', lang: 'da' },
  { id: 'en' as const, label: 'English', lang: 'en' },
];

/** Switches the UI language at once and remembers it in this browser. */
export function LanguageSwitch({ onChange }: { onChange?: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const choose = (next: Locale) => {
    void changeLocale(next);
    onChange?.(next);
  };
  return <Select className="language" label={t('nav.language')} hideLabel value={locale} options={OPTIONS} onChange={choose} />;
}
