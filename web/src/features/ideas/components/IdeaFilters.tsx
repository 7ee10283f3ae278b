import { useTranslation } from 'react-i18next';
import { IDEA_SORTS, type Goal } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { Button } from '../../../components/ui/Button';
import { Segmented } from '../../../components/ui/Segmented';
import { isFiltered, SHOW_OPTIONS, type IdeaShow, type IdeaView } from '../utils/list-params';

export function IdeaFilters({ view, goals, onChange }: { view: IdeaView; goals: readonly Goal[]; onChange: (next: IdeaView) => void }) {
  const { t } = useTranslation();
  const showLabel = (s: IdeaShow) => (s === 'all' || s === 'open' ? t(`ideas.filters.${s}`) : t(`ideaStatus.${s}`));
  return (
    <div className="idea-filters" role="search" aria-label={t('ideas.filters.label')}>
      <Segmented
        label={t('ideas.sort.label')}
        value={view.sort}
        onChange={(sort) => onChange({ ...view, sort })}
        options={IDEA_SORTS.map((s) => ({ id: s, label: t(`ideas.sort.${s}`) }))}
      />
      <ChoiceInput
        label={t('ideas.filters.show')}
        value={view.show}
        options={SHOW_OPTIONS.map((s) => ({ id: s, label: showLabel(s) }))}
        onChange={(show) => show && onChange({ ...view, show })}
      />
      <ChoiceInput
        label={t('ideas.filters.goal')}
        value={view.goalId}
        noneLabel={t('ideas.filters.allGoals')}
        options={goals.map((g) => ({ id: g.id, label: g.title }))}
        onChange={(goalId) => onChange({ ...view, goalId })}
      />
      {isFiltered(view) ? (
        <Button variant="quiet" onPress={() => onChange({ ...view, show: 'all', goalId: null })}>
          {t('ideas.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
