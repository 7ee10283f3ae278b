import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IdeaDetail } from '@ci/shared';
import { Section } from '../../../components/ui/Layout';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';

/** The meetings that have the idea on their agenda, soonest first. */
export function IdeaMeetings({ initiativeId, meetings }: { initiativeId: string; meetings: IdeaDetail['meetings'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="idea-meetings" title={t('ideas.meetings.title')}>
      {meetings.length === 0 ? (
        <p className="muted small">{t('ideas.meetings.empty')}</p>
      ) : (
        <ul className="idea-meetings">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link to={initiativeRoute(initiativeId, `meetings/${m.id}`)}>{m.title}</Link>{' '}
              <time className="muted small" dateTime={m.startsAt.toISOString()}>
                {formatDateTime(m.startsAt, locale)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
