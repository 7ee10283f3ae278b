import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '@ci/shared';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { useLocale } from '../../../i18n';
import { formatDate, formatPeriod } from '../../../lib/format';
import { statusCounts, type Slide } from '../utils/slides';

/** The opening slide: whose meeting, which quarter, the common agenda in a sentence, status at a glance. */
export function TitleSlide({ overview, slides, quarter, titleId }: { overview: OverviewResponse; slides: readonly Slide[]; quarter: string; titleId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Counted from the very statuses the indicator slides show, so the two can never disagree.
  const counts = statusCounts(slides);
  return (
    <div className="slide slide--title">
      <p className="slide__eyebrow">{t('presentation.eyebrow', { quarter: formatPeriod(quarter, locale) })}</p>
      <h1 className="slide__title slide__title--hero" id={titleId}>
        {overview.initiative.name}
      </h1>
      {overview.initiative.vision ? <p className="slide__vision">{overview.initiative.vision}</p> : null}
      {counts.length > 0 ? (
        <ul className="slide__counts" aria-label={t('presentation.statusCounts')}>
          {counts.map((c) => (
            <li key={c.status}>
              <span className="slide__count">{c.count}</span> <StatusBadge status={c.status} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="slide__date">{formatDate(new Date(), locale)}</p>
      <p className="slide__hint">{t('presentation.keysHint')}</p>
    </div>
  );
}
