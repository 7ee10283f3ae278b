import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '@ci/shared';
import { Icon } from './ui/Icon';
import { changeLocale, useLocale } from '../i18n';

// Each language is named in itself, so a person can find their own whatever is on screen.
const OPTIONS = [
  { id: 'sv' as const, label: 'Svenska', lang: 'sv' },
  { id: 'da' as const, label: 'Dansk', lang: 'da' },
  { id: 'en' as const, label: 'English', lang: 'en' },
];

/**
 * Switches the UI language at once and remembers it in this browser. A native select, drawn like
 * the app's own: it is on the sign-in page, which should not wait for a list-box widget.
 */
export function LanguageSwitch({ onChange }: { onChange?: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const choose = (next: string) => {
    if (!isLocale(next)) return;
    void changeLocale(next);
    onChange?.(next);
  };
  return (
    <label className="select language">
      <span className="visually-hidden">{t('nav.language')}</span>
      <span className="select__native">
        <select className="select__button" value={locale} onChange={(event) => choose(event.target.value)}>
          {OPTIONS.map((option) => (
            <option key={option.id} value={option.id} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
        <Icon name="chevronDown" size={18} />
      </span>
    </label>
  );
}
