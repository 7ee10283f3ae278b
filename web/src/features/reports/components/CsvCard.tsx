// The measurement CSV: streamed by the server, so it is a plain download link. The separator
// decides whether Excel opens it in columns at once, which depends on the language of Excel.
import { useState } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CSV_SEPARATORS, type CsvSeparator } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { measurementsCsvUrl } from '../api/report-links';
import { defaultSeparator, type QuarterRange } from '../utils/range';

export function CsvCard({ initiativeId, range, isDisabled }: { initiativeId: string; range: QuarterRange; isDisabled?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [choice, setChoice] = useState<CsvSeparator | null>(null);
  // Until someone chooses, the separator follows the language on screen (also after switching it).
  const separator = choice ?? defaultSeparator(locale);
  return (
    <article className="report-card" aria-labelledby="report-csv-title">
      <h3 className="report-card__title" id="report-csv-title">
        {t('reports.csv.title')}
      </h3>
      <div className="report-card__body">
        <p>{t('reports.csv.contains')}</p>
      </div>
      <RadioGroup className="radio-group" value={separator} onChange={(value) => setChoice(value as CsvSeparator)}>
        <Label className="field__label">{t('reports.csv.separator')}</Label>
        <div className="radio-group__options">
          {CSV_SEPARATORS.map((s) => (
            <Radio key={s} value={s} className="radio">
              <span className="radio__dot" aria-hidden="true" />
              <span>{t(`reports.csv.separators.${s}`)}</span>
            </Radio>
          ))}
        </div>
        <Text slot="description" className="field__hint">
          {t('reports.csv.why')}
        </Text>
      </RadioGroup>
      <div className="report-card__action">
        {isDisabled ? (
          <span className="button button--primary" aria-disabled="true" data-disabled="">
            {t('reports.csv.download')}
          </span>
        ) : (
          <a className="button button--primary" href={measurementsCsvUrl(initiativeId, range, separator)} download>
            {t('reports.csv.download')}
          </a>
        )}
      </div>
    </article>
  );
}
