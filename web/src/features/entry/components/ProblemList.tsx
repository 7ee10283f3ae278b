import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import type { CellProblem } from '../utils/changes';
import { problemText } from '../utils/cell-words';
import { AREA, type EntryColumn, type EntryLine } from '../utils/entry-model';

/** Every cell that cannot be saved as it is, in words, with a way to jump to it. */
export function ProblemList({
  ref,
  problems,
  texts,
  categoryName,
  onGoTo,
}: {
  ref?: Ref<HTMLDivElement>;
  problems: readonly CellProblem[];
  texts: (line: EntryLine, column: EntryColumn) => string;
  /** `Gender: Girls`, for a problem in one category of a disaggregated cell. */
  categoryName?: (line: EntryLine, categoryId: string) => string;
  onGoTo: (line: EntryLine, column: EntryColumn) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="entry-problems" ref={ref} tabIndex={-1} role="region" aria-labelledby="entry-problems-title">
      <h2 className="entry-problems__title" id="entry-problems-title">
        <Icon name="alert" size={20} />
        {t('entry.problems.title', { count: problems.length })}
      </h2>
      <ul className="entry-problems__list">
        {problems.map(({ line, column, problem, category }) => (
          <li key={`${line.id}|${column.id}`} className="entry-problems__item">
            <span>
              <strong>
                {line.indicator.code} {line.indicator.name}
                {line.part !== 'value' ? ` – ${t(`entry.parts.${line.part}`)}` : ''}
              </strong>
              {', '}
              {column.id === AREA ? t('entry.wholeArea') : column.actor?.name}
              {category && categoryName ? `, ${categoryName(line, category.categoryId)}` : ''}
              {': '}
              {problemText(t, problem, category ? category.text : texts(line, column), line.indicator)}
            </span>
            <Button variant="quiet" className="button--small" onPress={() => onGoTo(line, column)}>
              {t('entry.problems.goTo')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
