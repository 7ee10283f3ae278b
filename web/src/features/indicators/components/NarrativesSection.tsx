import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePeriods, type Indicator, type Narrative } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { formatDate } from '../../../lib/format';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { useNarratives } from '../api/get-narratives';
import { NarrativeDialog } from './NarrativeDialog';

const PARTS = ['whatHappened', 'why', 'nextSteps'] as const;

export function NarrativesSection({
  initiativeId,
  indicator,
  periods,
  canEdit,
}: {
  initiativeId: string;
  indicator: Indicator;
  /** Periods with data, latest first: what a new story can be about. */
  periods: string[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const narratives = useNarratives(initiativeId, indicator.id);
  const [editing, setEditing] = useState<Narrative | 'new' | null>(null);

  return (
    <QueryState query={narratives}>
      {(items) => {
        const sorted = [...items].sort((a, b) => comparePeriods(b.period, a.period));
        const taken = new Set(items.map((n) => n.period));
        const free = periods.filter((p) => !taken.has(p));
        return (
          <>
            {canEdit ? (
              <div className="toolbar">
                <Button variant="secondary" onPress={() => setEditing('new')} isDisabled={free.length === 0}>
                  {t('narratives.add')}
                </Button>
              </div>
            ) : null}
            {sorted.length === 0 ? (
              <EmptyState title={t('narratives.emptyTitle')}>{t('narratives.emptyBody')}</EmptyState>
            ) : (
              <ol className="narratives">
                {sorted.map((n) => (
                  <li key={n.id} className="narrative">
                    <div className="narrative__head">
                      <h3 className="narrative__period">{f.period(n.period)}</h3>
                      {canEdit ? (
                        <Button variant="quiet" onPress={() => setEditing(n)} aria-label={t('narratives.editFor', { period: f.period(n.period) })}>
                          {t('common.edit')}
                        </Button>
                      ) : null}
                    </div>
                    <dl className="narrative__parts">
                      {PARTS.filter((part) => n[part].trim()).map((part) => (
                        <div key={part}>
                          <dt>{t(`narratives.${part}`)}</dt>
                          <dd>{n[part]}</dd>
                        </div>
                      ))}
                    </dl>
                    <p className="narrative__byline">
                      {n.authorName
                        ? t('narratives.byline', { name: n.authorName, date: formatDate(n.updatedAt, f.locale) })
                        : t('narratives.bylineNoAuthor', { date: formatDate(n.updatedAt, f.locale) })}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {editing ? (
              <NarrativeDialog
                key={editing === 'new' ? 'new' : editing.id}
                initiativeId={initiativeId}
                indicator={indicator}
                narrative={editing === 'new' ? null : editing}
                periods={free}
                isOpen
                onClose={() => setEditing(null)}
              />
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}
