import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Actor, NeedMatchBody } from '@ci/shared';
import { initiativeRoute } from '../../../lib/initiative';
import { fold, type DirectoryFilter } from '../utils/directory';
import { helpFor } from '../utils/matches';

/** One organisation in the directory: what it offers, what it looks for, and who can help with that. */
export function ActorCard({
  initiativeId,
  actor,
  filter,
  matches,
}: {
  initiativeId: string;
  actor: Actor;
  filter: DirectoryFilter;
  matches: readonly NeedMatchBody[] | undefined;
}) {
  const { t } = useTranslation();
  const hit = (tag: string, wanted: string[]) => wanted.some((w) => fold(w) === fold(tag));
  const helpers = matches ? helpFor(matches, actor.id) : [];
  return (
    <li className="actor-card">
      <div className="actor-card__head">
        <h2 className="actor-card__name">
          <Link to={initiativeRoute(initiativeId, `actors/${actor.id}`)} className="card-link">
            {actor.name}
          </Link>
        </h2>
        <span className="pill">{t(`sectors.${actor.sector}`)}</span>
      </div>
      {actor.competences.length > 0 ? (
        <div className="actor-card__tags">
          <span className="actor-card__label">{t('directory.offers')}</span>
          <ul className="chips chips--static">
            {actor.competences.map((c) => (
              <li key={c} className={hit(c, filter.competences) ? 'chip chip--competence chip--hit' : 'chip chip--competence'}>
                {c}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {actor.needs.length > 0 ? (
        <div className="actor-card__tags">
          <span className="actor-card__label">{t('directory.looksFor')}</span>
          <ul className="chips chips--static">
            {actor.needs.map((n) => (
              <li key={n} className={hit(n, filter.needs) ? 'chip chip--need chip--hit' : 'chip chip--need'}>
                {n}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {helpers.length > 0 ? (
        <div className="actor-card__tags">
          <span className="actor-card__label" id={`helpers-${actor.id}`}>
            {t('directory.helpFrom')}
          </span>
          <ul className="help-list" aria-labelledby={`helpers-${actor.id}`}>
            {helpers.map((m) => (
              <li key={m.need} className="help-list__item">
                <span className="help-list__need">{m.need}:</span>{' '}
                {m.offers.map((o, i) => (
                  <span key={o.actorId}>
                    {i > 0 ? ', ' : null}
                    <Link className="help-list__link" to={initiativeRoute(initiativeId, `actors/${o.actorId}`)}>
                      {o.actorName}
                    </Link>
                    {/* Name what it offers when that is worded differently from the need. */}
                    {o.competences.some((c) => fold(c) !== fold(m.need)) ? (
                      <span className="help-list__offer"> ({o.competences.join(', ')})</span>
                    ) : null}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
