import { Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, type Actor, type Goal, type WorkingGroup } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { isFiltered, type ActivityFilter } from '../utils/filter';

export function ActivityFilters({
  filter,
  onChange,
  goals,
  actors,
  groups,
}: {
  filter: ActivityFilter;
  onChange: (next: ActivityFilter) => void;
  goals: readonly Goal[];
  actors: readonly Actor[];
  groups: readonly WorkingGroup[];
}) {
  const { t } = useTranslation();
  return (
    <div className="activity-filters" role="search" aria-label={t('activities.filters.label')}>
      <SearchField className="field activity-filters__search" value={filter.q} onChange={(q) => onChange({ ...filter, q })}>
        <Label className="field__label">{t('activities.filters.search')}</Label>
        <div className="search">
          <Icon name="search" size={18} className="search__icon" />
          <Input className="field__input search__input" placeholder={t('activities.filters.searchPlaceholder')} />
        </div>
      </SearchField>
      <ChoiceInput
        label={t('activities.filters.goal')}
        value={filter.goalId}
        noneLabel={t('activities.filters.allGoals')}
        options={goals.map((g) => ({ id: g.id, label: g.title }))}
        onChange={(goalId) => onChange({ ...filter, goalId })}
      />
      <ChoiceInput
        label={t('activities.filters.status')}
        value={filter.status}
        noneLabel={t('activities.filters.allStatuses')}
        options={ACTIVITY_STATUSES.map((s) => ({ id: s, label: t(`activityStatus.${s}`) }))}
        onChange={(status) => onChange({ ...filter, status })}
      />
      <ChoiceInput
        label={t('activities.filters.actor')}
        value={filter.actorId}
        noneLabel={t('activities.filters.allActors')}
        options={actors.map((a) => ({ id: a.id, label: a.name }))}
        onChange={(actorId) => onChange({ ...filter, actorId })}
      />
      {groups.length > 0 ? (
        <ChoiceInput
          label={t('activities.filters.group')}
          value={filter.workingGroupId}
          noneLabel={t('activities.filters.allGroups')}
          options={groups.map((g) => ({ id: g.id, label: g.name }))}
          onChange={(workingGroupId) => onChange({ ...filter, workingGroupId })}
        />
      ) : null}
      {isFiltered(filter) ? (
        <Button variant="quiet" onPress={() => onChange({ goalId: null, status: null, actorId: null, workingGroupId: null, q: '' })}>
          {t('activities.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
