import { useTranslation } from 'react-i18next';
import type { IdeaDetail } from '@ci/shared';
import { Section } from '../../../components/ui/Layout';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';

/** Every step the idea took, oldest first: who moved it, when, from what to what, and why. */
export function DecisionHistory({ idea }: { idea: IdeaDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="idea-history" title={t('ideas.history.title')}>
      {idea.decisions.length === 0 ? (
        <p className="muted small">{t('ideas.history.empty')}</p>
      ) : (
        <ol className="idea-history">
          {idea.decisions.map((d) => (
            <li key={d.id} className="idea-history__item">
              <p className="idea-history__change">
                {t('ideas.history.change', { from: t(`ideaStatus.${d.fromStatus}`), to: t(`ideaStatus.${d.toStatus}`) })}
              </p>
              <p className="muted small">
                {d.userName ?? t('ideas.formerMember')}, <time dateTime={d.createdAt.toISOString()}>{formatDateTime(d.createdAt, locale)}</time>
              </p>
              {d.reason ? <p className="idea-text">{d.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
