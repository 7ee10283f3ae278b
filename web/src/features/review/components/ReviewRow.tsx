import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, MeasurementStatus } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import { CommentCount } from '../../discussion';
import { formatDateTime, formatPeriod } from '../../../lib/format';
import { compareWithPrevious, type OutlierKind } from '../utils/compare';
import { categoryLabel, changeParts, valueParts, type FigureParts } from '../utils/format';
import type { ReviewCell, ReviewGroup, ReviewLine } from '../utils/group';

export const COLUMN_COUNT = 7;

/**
 * The platform's checkbox, styled: a list redraws dozens of rows per scrolled frame, and the native
 * control is far cheaper to mount than a component-library one while being just as accessible.
 */
export function SelectBox({ label, isSelected, isIndeterminate = false, onChange }: { label: string; isSelected: boolean; isIndeterminate?: boolean; onChange: (on: boolean) => void }) {
  return (
    <input
      type="checkbox"
      className="review-check"
      aria-label={label}
      checked={isSelected}
      ref={(el) => {
        if (el) el.indeterminate = isIndeterminate;
      }}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}

/** A number and its unit, with an ordinary space between them: a narrow column wraps there, not inside a word. */
function Figure({ parts }: { parts: FigureParts }) {
  return (
    <>
      <span className="review-figure__number">{parts.number}</span>
      {parts.unit ? <span className="review-figure__unit"> {parts.unit}</span> : null}
      {parts.fraction ? <span className="review-table__sub review-figure__fraction">{parts.fraction}</span> : null}
    </>
  );
}

export const indicatorTitle = (indicator: ReviewCell['indicator']) => (indicator.code ? `${indicator.code} ${indicator.name}` : indicator.name);

/** Words every row repeats, looked up once per render of the table rather than once per row. */
export interface RowLabels {
  total: string;
  noPrevious: string;
  points: string;
  unknownPerson: string;
  status: Record<MeasurementStatus, string>;
  outlier: Record<OutlierKind, string>;
  /** The link to a value's discussion where it has none yet. */
  discuss: string;
}

export interface RowContext {
  locale: Locale;
  labels: RowLabels;
  actorName: (actorId: string | null) => string;
  /** Keys of the selected cells. */
  selected: ReadonlySet<string>;
  onSelect: (cells: readonly ReviewCell[], on: boolean) => void;
  /** Comments per cell key (indicator|actor|period). */
  comments: ReadonlyMap<string, number>;
  /** Opens a value's discussion and history. */
  onDiscuss: (cell: ReviewCell) => void;
}

type RowProps = { line: ReviewLine; rowIndex: number; virtualIndex: number; context: RowContext; ref?: Ref<HTMLTableRowElement> };

function GroupRow({ group, context }: { group: ReviewGroup; context: RowContext }) {
  const { t } = useTranslation();
  const title = indicatorTitle(group.indicator);
  const count = group.cells.filter((c) => context.selected.has(c.key)).length;
  return (
    <>
      <td className="review-table__select">
        <SelectBox
          label={t('review.selectAll', { indicator: title })}
          isSelected={count === group.cells.length}
          isIndeterminate={count > 0 && count < group.cells.length}
          onChange={(on) => context.onSelect(group.cells, on)}
        />
      </td>
      <th colSpan={COLUMN_COUNT - 1} scope="colgroup" className="review-table__group-title">
        <h2>{title}</h2>
        <span className="muted small">{t('review.waiting', { count: group.cells.length })}</span>
      </th>
    </>
  );
}

function ValueCells({ line, context }: { line: Extract<ReviewLine, { kind: 'value' }>; context: RowContext }) {
  const { t } = useTranslation();
  const { cell, item, first } = line;
  const { locale, labels } = context;
  const indicator = cell.indicator;
  const actor = context.actorName(cell.actorId);
  const period = formatPeriod(cell.period, locale);
  const categories = cell.rows.filter((m) => m.categoryId !== null).length;
  const { change, outlier } = compareWithPrevious(item);
  const previous = item.previous;

  return (
    <>
      <td className="review-table__select">
        {first ? (
          <SelectBox
            label={
              categories > 0
                ? t('review.selectCell', { indicator: indicatorTitle(indicator), actor, period, count: categories })
                : t('review.selectRow', { indicator: indicatorTitle(indicator), actor, period })
            }
            isSelected={context.selected.has(cell.key)}
            onChange={(on) => context.onSelect([cell], on)}
          />
        ) : null}
      </td>
      {item.categoryName !== null ? (
        <th scope="row" className="review-table__category">
          <span className="visually-hidden">{t('review.categoryOf', { actor, period })} </span>
          {categoryLabel(item)}
        </th>
      ) : (
        <th scope="row">
          {actor}
          {categories > 0 ? <span className="review-table__total-tag">{labels.total}</span> : null}
        </th>
      )}
      <td>{first ? period : <span className="visually-hidden">{period}</span>}</td>
      <td className="review-table__number review-table__value">
        <Figure parts={valueParts(item, indicator, locale)} />
      </td>
      <td className="review-table__number">
        {previous ? (
          <>
            <span>
              <Figure parts={valueParts(previous, indicator, locale)} />
            </span>
            <span className="review-table__sub">
              {formatPeriod(previous.period, locale)}
              {previous.status !== 'approved' ? ` · ${labels.status[previous.status]}` : null}
            </span>
          </>
        ) : (
          <span className="muted">{labels.noPrevious}</span>
        )}
      </td>
      <td className="review-table__number">
        {change !== null ? (
          <span>
            <Figure parts={changeParts(change, indicator, locale, labels.points)} />
          </span>
        ) : null}
        {outlier ? (
          <span className="review-outlier">
            <Icon name="alert" size={14} />
            {labels.outlier[outlier]}
          </span>
        ) : null}
      </td>
      <td className="review-table__note">
        {item.note ? <span className="review-table__note-text">{item.note}</span> : null}
        {first ? (
          <span className="review-table__sub">
            {t('review.enteredByAt', { name: item.enteredByName ?? labels.unknownPerson, at: formatDateTime(item.enteredAt, locale) })}
          </span>
        ) : null}
        {first ? <DiscussButton cell={cell} actor={actor} period={period} context={context} /> : null}
      </td>
    </>
  );
}

/** Opens the value's discussion and history; shows how many comments it has. */
function DiscussButton({ cell, actor, period, context }: { cell: ReviewCell; actor: string; period: string; context: RowContext }) {
  const { t } = useTranslation();
  const count = context.comments.get(cell.key) ?? 0;
  const label = t('comments.openFor', { actor, period });
  return (
    <button
      type="button"
      className="review-discuss"
      aria-label={count > 0 ? `${label} (${t('comments.count', { count })})` : label}
      onClick={() => context.onDiscuss(cell)}
    >
      {count > 0 ? <CommentCount count={count} /> : context.labels.discuss}
    </button>
  );
}

/** One table row: an indicator's heading with its select-all box, or one value of a cell. */
export const ReviewRow = memo(function ReviewRow({ line, rowIndex, virtualIndex, context, ref }: RowProps) {
  if (line.kind === 'group') {
    return (
      <tr ref={ref} data-index={virtualIndex} aria-rowindex={rowIndex} className="review-table__group">
        <GroupRow group={line.group} context={context} />
      </tr>
    );
  }
  const { cell, item, first } = line;
  const last = cell.rows.at(-1) === item;
  const classes = [
    'review-table__row',
    context.selected.has(cell.key) ? 'review-table__row--selected' : '',
    item.categoryId !== null ? 'review-table__row--category' : '',
    first ? 'review-table__row--first' : '',
    last ? 'review-table__row--last' : '',
  ];
  return (
    <tr ref={ref} data-index={virtualIndex} aria-rowindex={rowIndex} className={classes.filter(Boolean).join(' ')}>
      <ValueCells line={line} context={context} />
    </tr>
  );
});
