import { useTranslation } from 'react-i18next';

/** What the cell colours and marks mean (each also has a pattern, so it reads in grey). */
export function Legend() {
  const { t } = useTranslation();
  const items = ['dirty', 'invalid', 'returned', 'draft', 'readonly', 'none'] as const;
  return (
    <ul className="entry-legend" aria-label={t('entry.legend.title')}>
      {items.map((item) => (
        <li key={item} className="entry-legend__item">
          <span className={`entry-legend__swatch entry-cell--${item}`} aria-hidden="true" />
          {t(`entry.legend.${item}`)}
        </li>
      ))}
    </ul>
  );
}
