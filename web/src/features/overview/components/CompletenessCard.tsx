import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { formatPeriod, formatShare } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import { reportedShare } from '../utils/summary';

const STATES = ['reported', 'returned', 'late', 'missing'] as const;

export function CompletenessCard({
  initiativeId,
  completeness,
  showLink,
}: {
  initiativeId: string;
  completeness: OverviewResponse['completeness'];
  showLink: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const share = reportedShare(completeness);
  const expected = completeness.reported + completeness.missing + completeness.late + completeness.returned;
  return (
    <div className="side-card">
      <h2 className="side-card__title">{t('overview.completenessTitle', { period: formatPeriod(completeness.period, locale) })}</h2>
      {share === null ? (
        <p className="side-card__empty">{t('overview.completenessNothingDue')}</p>
      ) : (
        <>
          <p className="completeness__figure">
            <span className="completeness__share">{formatShare(share, locale)}</span>
            <span className="completeness__caption">
              {t('overview.completenessOf', { reported: completeness.reported, expected })}
            </span>
          </p>
          <div className="meterbar" aria-hidden="true">
            {STATES.map((s) =>
              completeness[s] > 0 ? (
                <span key={s} className={`meterbar__part meterbar__part--${s}`} style={{ flexGrow: completeness[s] }} />
              ) : null,
            )}
          </div>
          <ul className="counts">
            {STATES.map((s) => (
              <li key={s} className="counts__item">
                <span className={`counts__dot counts__dot--${s}`} aria-hidden="true" />
                <span className="counts__label">{t(`completeness.${s}`)}</span>
                <span className="counts__value">{completeness[s]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {showLink ? (
        <Link className="side-card__link" to={initiativeRoute(initiativeId, 'completeness')}>
          {t('overview.completenessLink')}
        </Link>
      ) : null}
    </div>
  );
}
