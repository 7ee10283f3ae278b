import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Input, Label, SearchField } from 'react-aria-components';
import { SECTORS, type Actor } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { actorsQueryOptions } from '../../../resources/actors';
import { useCompetences } from '../api/get-competences';
import { EMPTY_FILTER, filterActors, filterFromParams, filterToParams, fold, isFiltered, type DirectoryFilter } from '../utils/directory';
import { FilterChips } from './FilterChips';

export default function DirectoryPage() {
  const { t } = useTranslation();
  const { initiativeId } = useInitiative();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const competences = useCompetences(initiativeId);
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, SECTORS);
  const setFilter = (next: DirectoryFilter) => setParams(filterToParams(next), { replace: true });

  return (
    <div className="page">
      <title>{t('directory.title')}</title>
      <PageHeader title={t('directory.title')}>{t('directory.lead')}</PageHeader>
      <div className="directory">
        <div className="directory__filters" role="search" aria-label={t('directory.filtersLabel')}>
          <SearchField className="field" value={filter.q} onChange={(q) => setFilter({ ...filter, q })}>
            <Label className="field__label">{t('directory.search')}</Label>
            <div className="search">
              <Icon name="search" size={18} className="search__icon" />
              <Input className="field__input search__input" placeholder={t('directory.searchPlaceholder')} />
            </div>
          </SearchField>
          <FilterChips
            label={t('directory.sector')}
            options={SECTORS.map((s) => ({ id: s, label: t(`sectors.${s}`) }))}
            selected={filter.sectors}
            onChange={(sectors) => setFilter({ ...filter, sectors: sectors as DirectoryFilter['sectors'] })}
          />
          {competences.data ? (
            <>
              <FilterChips
                label={t('directory.competences')}
                options={competences.data.competences.map((c) => ({ id: c.name, label: c.name, count: c.count }))}
                selected={filter.competences}
                onChange={(list) => setFilter({ ...filter, competences: list })}
                collapsedCount={10}
              />
              <FilterChips
                label={t('directory.needs')}
                options={competences.data.needs.map((c) => ({ id: c.name, label: c.name, count: c.count }))}
                selected={filter.needs}
                onChange={(list) => setFilter({ ...filter, needs: list })}
                collapsedCount={10}
              />
            </>
          ) : null}
          {isFiltered(filter) ? (
            <Button variant="quiet" onPress={() => setFilter(EMPTY_FILTER)}>
              {t('directory.clear')}
            </Button>
          ) : null}
        </div>
        <div className="directory__results">
          <QueryState query={actors} loadingLabel={t('directory.loading')}>
            {(items) => {
              const found = filterActors(items, filter);
              return (
                <>
                  <p className="directory__count" role="status">
                    {t('directory.count', { count: found.length })}
                  </p>
                  {found.length === 0 ? (
                    <EmptyState title={t('directory.noneTitle')}>{t('directory.noneBody')}</EmptyState>
                  ) : (
                    <ul className="actor-list">
                      {found.map((a) => (
                        <ActorCard key={a.id} initiativeId={initiativeId} actor={a} filter={filter} />
                      ))}
                    </ul>
                  )}
                </>
              );
            }}
          </QueryState>
        </div>
      </div>
    </div>
  );
}

function ActorCard({ initiativeId, actor, filter }: { initiativeId: string; actor: Actor; filter: DirectoryFilter }) {
  const { t } = useTranslation();
  const hit = (tag: string, wanted: string[]) => wanted.some((w) => fold(w) === fold(tag));
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
    </li>
  );
}
