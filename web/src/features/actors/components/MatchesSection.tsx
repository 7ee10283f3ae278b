import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Actor } from '@ci/shared';
import { Section } from '../../../components/ui/Layout';
import { QueryState } from '../../../components/ui/States';
import { initiativeRoute } from '../../../lib/initiative';
import { useNeedMatches } from '../api/get-matches';
import { helpBy, helpFor } from '../utils/matches';

/**
 * Needs meet competences, seen from one actor: the others that can help it with its needs, and
 * the others whose needs it can help with. Worded for the reader: "you" on one's own
 * organisation's page, "they" on any other.
 */
export function MatchesSection({ initiativeId, actor, own }: { initiativeId: string; actor: Actor; own: boolean }) {
  const { t } = useTranslation();
  const matches = useNeedMatches(initiativeId);
  const voice = own ? 'own' : 'other';
  const actorLink = (id: string, name: string) => (
    <Link className="help-card__actor" to={initiativeRoute(initiativeId, `actors/${id}`)}>
      {name}
    </Link>
  );
  return (
    <div className="two-columns">
      <Section id="help-for" title={t(`actor.matches.helpFor.${voice}`)} description={t(`actor.matches.helpForHelp.${voice}`)}>
        <QueryState query={matches} loadingLabel={t('actor.matches.loading')}>
          {(items) => {
            const list = helpFor(items, actor.id);
            if (list.length === 0) return <p className="muted">{t(actor.needs.length > 0 ? 'actor.matches.noneFor' : 'actor.matches.noNeeds')}</p>;
            return (
              <ul className="help-cards">
                {list.map((m) => (
                  <li key={m.need} className="help-card">
                    <span className="chip chip--need">{m.need}</span>
                    <ul className="help-card__offers">
                      {m.offers.map((o) => (
                        <li key={o.actorId}>
                          {actorLink(o.actorId, o.actorName)}{' '}
                          <span className="muted">{t('actor.matches.offers', { competences: o.competences.join(', ') })}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            );
          }}
        </QueryState>
      </Section>
      <Section id="help-by" title={t(`actor.matches.helpBy.${voice}`)} description={t(`actor.matches.helpByHelp.${voice}`)}>
        <QueryState query={matches} loadingLabel={t('actor.matches.loading')}>
          {(items) => {
            const list = helpBy(items, actor.id);
            if (list.length === 0) return <p className="muted">{t(actor.competences.length > 0 ? 'actor.matches.noneBy' : 'actor.matches.noCompetences')}</p>;
            return (
              <ul className="help-cards">
                {list.map((h) => (
                  <li key={`${h.actorId}:${h.need}`} className="help-card">
                    <span>
                      {actorLink(h.actorId, h.actorName)} <span className="muted">{t('actor.matches.looksFor')}</span>{' '}
                      <span className="chip chip--need">{h.need}</span>
                    </span>
                    <span className="muted small">{t(`actor.matches.with.${voice}`, { competences: h.competences.join(', ') })}</span>
                  </li>
                ))}
              </ul>
            );
          }}
        </QueryState>
      </Section>
    </div>
  );
}
