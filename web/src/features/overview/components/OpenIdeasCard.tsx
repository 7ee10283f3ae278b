import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { initiativeRoute } from '../../../lib/initiative';

/** How many ideas wait for a decision, with the way to them (the ideas list, open ones only). */
export function OpenIdeasCard({ initiativeId, openIdeas }: { initiativeId: string; openIdeas: number }) {
  const { t } = useTranslation();
  return (
    <div className="side-card">
      <h2 className="side-card__title">{t('overview.ideasTitle')}</h2>
      {openIdeas === 0 ? (
        <p className="side-card__empty">{t('overview.noOpenIdeas')}</p>
      ) : (
        <p className="open-ideas">
          <span className="open-ideas__count">{openIdeas}</span> <span>{t('overview.openIdeas', { count: openIdeas })}</span>
        </p>
      )}
      <Link className="side-card__link" to={`${initiativeRoute(initiativeId, 'ideas')}${openIdeas === 0 ? '' : '?show=open'}`}>
        {openIdeas === 0 ? t('overview.allIdeas') : t('overview.openIdeasLink')}
      </Link>
    </div>
  );
}
