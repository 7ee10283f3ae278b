// A file to fill in: the chosen period's indicators and organisations, as XLSX or CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, type Indicator, type Locale, type Role } from '@ci/shared';
import { PeriodChooser } from '../../../components/form/PeriodChooser';
import { defaultPeriod } from '../../../lib/period-options';
import { templateUrl } from '../api/imports';

export function TemplateSection({ initiativeId, indicators, role, locale }: { initiativeId: string; indicators: Indicator[]; role: Role; locale: Locale }) {
  const { t } = useTranslation();
  const reportable = indicators.filter((i) => !i.archived && (role !== 'partner' || i.actorAggregation !== 'none'));
  const frequencies = FREQUENCIES.filter((f) => reportable.some((i) => i.frequency === f));
  const byUse = [...frequencies].sort((a, b) => reportable.filter((i) => i.frequency === b).length - reportable.filter((i) => i.frequency === a).length);
  const [period, setPeriod] = useState(() => defaultPeriod(byUse[0] ?? 'quarter'));
  return (
    <section className="import-card" aria-labelledby="import-template-title">
      <h2 id="import-template-title">{t('imports.template.title')}</h2>
      <p>{role === 'partner' ? t('imports.template.leadPartner') : t('imports.template.lead')}</p>
      {frequencies.length > 0 ? <PeriodChooser period={period} frequencies={frequencies} onChange={setPeriod} /> : null}
      <div className="import-actions">
        <a className="button button--secondary" href={templateUrl(initiativeId, 'xlsx', period, locale)} download>
          {t('imports.template.xlsx')}
        </a>
        <a className="button button--quiet" href={templateUrl(initiativeId, 'csv', period, locale)} download>
          {t('imports.template.csv')}
        </a>
      </div>
    </section>
  );
}
