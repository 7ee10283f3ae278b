import { useTranslation } from 'react-i18next';
import { INDICATOR_STATUSES, type IndicatorStatus } from '@ci/shared';
import { StatusBadge } from '../../../components/ui/StatusBadge';

export function StatusSummary({ counts }: { counts: Record<IndicatorStatus, number> }) {
  const { t } = useTranslation();
  const total = INDICATOR_STATUSES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return null;
  return (
    <div className="status-summary">
      <p className="status-summary__total">{t('overview.indicatorCount', { count: total })}</p>
      <ul className="status-summary__list">
        {INDICATOR_STATUSES.filter((s) => counts[s] > 0).map((s) => (
          <li key={s}>
            <span className="status-summary__count">{counts[s]}</span>
            <StatusBadge status={s} size="small" />
          </li>
        ))}
      </ul>
    </div>
  );
}
