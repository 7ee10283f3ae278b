import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/ui/LinkButton';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState } from '../../../components/ui/States';
import { initiativeRoute } from '../../../lib/initiative';
import { readPreference } from '../../../lib/storage';
import { useMe } from '../api/get-me';
import { startInitiative } from '../utils/start-initiative';

/** After sign-in: straight into the last (or only) initiative, else a choice between them. */
export function StartPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const target = startInitiative(me.memberships, readPreference('lastInitiative'));
  if (target) return <Navigate to={initiativeRoute(target)} replace />;

  return (
    <div className="page page--narrow">
      <title>{t('chooser.title')}</title>
      <PageHeader title={t('chooser.title')}>{t('chooser.lead', { name: me.user.name })}</PageHeader>
      {me.memberships.length === 0 ? (
        <EmptyState
          title={t('chooser.noneTitle')}
          action={
            <LinkButton to="/new-initiative" variant="secondary">
              {t('newInitiative.action')}
            </LinkButton>
          }
        >
          {t('chooser.noneBody')}
        </EmptyState>
      ) : (
        <ul className="chooser" aria-label={t('chooser.title')}>
          {me.memberships.map((m) => (
            <li key={m.initiativeId}>
              <Link className="chooser__item" to={initiativeRoute(m.initiativeId)}>
                <span className="chooser__name">{m.initiativeName}</span>
                <span className={`role-badge role-badge--${m.role}`}>{t(`roles.${m.role}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {me.memberships.length > 0 ? (
        <p className="chooser__new">
          <LinkButton to="/new-initiative" variant="quiet">
            {t('newInitiative.action')}
          </LinkButton>
        </p>
      ) : null}
    </div>
  );
}
