import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Input, Label, SearchField } from 'react-aria-components';
import { SECTORS } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { useInitiative } from '../../../lib/initiative';
import { actorsQueryOptions } from '../../../resources/actors';
import { useCompetences } from '../api/get-competences';
import { useNeedMatches } from '../api/get-matches';
import { chipCount, EMPTY_FILTER, filterActors, filterFromParams, filterToParams, isFiltered, type ChipGroup, type DirectoryFilter } from '../utils/directory';
import { ActorCard } from './ActorCard';
import { FilterChips } from './FilterChips';

export default function DirectoryPage() {
  const { t } = useTranslation();
  const { initiativeId } = useInitiative();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const competences = useCompetences(initiativeId);
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, SECTORS);
  const setFilter = (next: DirectoryFilter) => setParams(filterToParams(next), { replace: true });
  const matches = useNeedMatches(initiativeId);
  // Counts follow the other filters, from the same test as the list, so a chip's number is the
  // number of actors it shows; until the actors are in, chips show none rather than a guess.
  const count = (group: ChipGroup, value: string) => (actors.data ? chipCount(actors.data, filter, group, value) : undefined);

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
            options={SECTORS.map((s) => ({ id: s, label: t(`sectors.${s}`), count: count('sectors', s) }))}
            selected={filter.sectors}
            onChange={(sectors) => setFilter({ ...filter, sectors: sectors as DirectoryFilter['sectors'] })}
          />
          {competences.data ? (
            <>
              <FilterChips
                label={t('directory.competences')}
                options={competences.data.competences.map((c) => ({ id: c.name, label: c.name, count: count('competences', c.name) }))}
                selected={filter.competences}
                onChange={(list) => setFilter({ ...filter, competences: list })}
                collapsedCount={10}
              />
              <FilterChips
                label={t('directory.needs')}
                options={competences.data.needs.map((c) => ({ id: c.name, label: c.name, count: count('needs', c.name) }))}
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
                        <ActorCard key={a.id} initiativeId={initiativeId} actor={a} filter={filter} matches={matches.data} />
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
