import { useTranslation } from 'react-i18next';
import type { Measurement } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { formatDate, formatPercent, formatValue } from '../../../lib/format';
import { formatReadable } from '../../../lib/parse-number';
import { AREA, type EntryColumn, type EntryLine, type Problem } from '../utils/entry-model';
import { problemText } from '../utils/cell-words';

interface ActiveCell {
  line: EntryLine;
  column: EntryColumn;
  cell: { exists: boolean; expected: boolean; editable: boolean; dirty: boolean; text: string; problem: Problem | null; saved: Measurement | undefined };
}

/**
 * What the cell under the cursor is about, in words: the grid's headers are short, and the cells
 * themselves carry no label for screen readers, so this line is announced as the cursor moves.
 */
export function CellInfo({ active, readOnly }: { active: ActiveCell | null; readOnly: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!active) {
    return (
      <p className="entry-info entry-info--help" id="entry-help">
        {readOnly ? t('entry.keyboardHelpReadOnly') : t('entry.keyboardHelp')}
      </p>
    );
  }
  const { line, column, cell } = active;
  const indicator = line.indicator;
  const who = column.id === AREA ? t('entry.wholeArea') : (column.actor?.name ?? '');
  const m = cell.saved;
  const savedValue =
    m === undefined
      ? null
      : indicator.measureType === 'percentage' && m.numerator !== null && m.denominator !== null
        ? t('entry.info.ratio', {
            numerator: formatReadable(m.numerator, locale),
            denominator: formatReadable(m.denominator, locale),
            percent: m.value === null ? '–' : formatPercent(m.value, locale, indicator.decimals),
          })
        : formatValue(m.value, locale, indicator);
  const what = !cell.exists
    ? t(column.id === AREA ? 'entry.info.perActorOnly' : 'entry.info.areaOnly')
    : !cell.expected
      ? t('entry.info.notExpected')
      : m
        ? t('entry.info.saved', {
            value: savedValue,
            name: m.enteredByName ?? t('entry.info.someone'),
            date: formatDate(m.updatedAt, locale),
            status: t(`entry.status.${m.status}`),
          })
        : t('entry.info.empty');
  return (
    <div className="entry-info" role="status" aria-live="polite">
      <p className="entry-info__what">
        <strong>
          {indicator.code} {indicator.name}
        </strong>
        {line.part !== 'value' ? <span> – {t(`entry.parts.${line.part}`)}</span> : null}
        <span className="entry-info__sep" aria-hidden="true">
          ·
        </span>
        <span>{who}</span>
      </p>
      <p className="entry-info__detail">
        {what}
        {m?.status === 'returned' && m.returnReason ? <span> {t('entry.info.returned', { reason: m.returnReason })}</span> : null}
        {cell.exists && cell.expected && !cell.editable ? <span> {t('entry.info.readOnly')}</span> : null}
        {cell.dirty ? <span className="entry-info__changed"> {t('entry.info.changed')}</span> : null}
        {cell.problem ? <span className="entry-info__problem"> {problemText(t, cell.problem, cell.text, indicator)}</span> : null}
      </p>
    </div>
  );
}
