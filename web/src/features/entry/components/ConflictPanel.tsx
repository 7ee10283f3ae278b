import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { formatReadable } from '../../../lib/parse-number';
import type { Conflict } from '../api/save-measurements';
import { AREA, type EntryColumn, type EntryLine } from '../utils/entry-model';

/**
 * Someone saved some of the same cells while this person was typing. Nothing was saved; for each
 * cell they see both values and choose: keep the other person's, or overwrite it with their own.
 */
export function ConflictPanel({
  conflicts,
  lines,
  columns,
  mine,
  onKeepTheirs,
  onKeepMine,
  onOverwriteAll,
}: {
  conflicts: readonly Conflict[];
  lines: readonly EntryLine[];
  columns: readonly EntryColumn[];
  mine: (line: EntryLine, column: EntryColumn) => string;
  onKeepTheirs: (conflicts: readonly Conflict[]) => void;
  onKeepMine: (conflicts: readonly Conflict[]) => void;
  onOverwriteAll: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // It appears after Save was pressed, usually out of view: bring all of it in.
  const ref = useRef<HTMLElement>(null);
  const count = conflicts.length;
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [count]);

  const theirs = (m: Measurement | null) => {
    if (!m) return t('entry.conflicts.removed');
    if (m.numerator !== null && m.denominator !== null) {
      return t('entry.conflicts.ratio', { numerator: formatReadable(m.numerator, locale), denominator: formatReadable(m.denominator, locale) });
    }
    return m.value === null ? '–' : formatReadable(m.value, locale);
  };

  return (
    <section ref={ref} className="entry-conflicts" role="alert" aria-labelledby="entry-conflicts-title">
      <h2 className="entry-conflicts__title" id="entry-conflicts-title">
        <Icon name="alert" size={22} />
        {t('entry.conflicts.title', { count: conflicts.length })}
      </h2>
      <p>{t('entry.conflicts.lead')}</p>
      <div className="table-wrap">
        <table className="table entry-conflicts__table">
          <thead>
            <tr>
              <th scope="col">{t('entry.conflicts.cell')}</th>
              <th scope="col">{t('entry.conflicts.theirs')}</th>
              <th scope="col">{t('entry.conflicts.yours')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('entry.conflicts.choice')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => {
              const indicatorLines = lines.filter((l) => l.indicator.id === c.indicatorId);
              const column = columns.find((col) => col.id === (c.actorId ?? AREA));
              const indicator = indicatorLines[0]?.indicator;
              const yours = column
                ? indicatorLines.map((l) => mine(l, column)).filter(Boolean).join(' / ') || t('entry.conflicts.empty')
                : '–';
              return (
                <tr key={`${c.indicatorId}|${c.actorId ?? ''}`}>
                  <th scope="row">
                    {indicator ? `${indicator.code} ${indicator.name}` : c.indicatorId}
                    <div className="muted small">{column ? (column.id === AREA ? t('entry.wholeArea') : column.actor?.name) : ''}</div>
                  </th>
                  <td>
                    <strong className="entry-conflicts__value">{theirs(c.current)}</strong>
                    {c.current ? (
                      <div className="muted small">
                        {t('entry.conflicts.by', {
                          name: c.current.enteredByName ?? t('entry.info.someone'),
                          when: formatDateTime(c.current.updatedAt, locale),
                        })}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <strong className="entry-conflicts__value">{yours}</strong>
                  </td>
                  <td>
                    <div className="entry-conflicts__choice">
                      <Button className="button--small" onPress={() => onKeepTheirs([c])}>
                        {t('entry.conflicts.keepTheirs')}
                      </Button>
                      <Button className="button--small" onPress={() => onKeepMine([c])}>
                        {t('entry.conflicts.keepMine')}
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="entry-conflicts__all">
        <Button onPress={() => onKeepTheirs(conflicts)}>{t('entry.conflicts.keepAllTheirs')}</Button>
        <Button variant="primary" onPress={onOverwriteAll}>
          {t('entry.conflicts.overwriteAll')}
        </Button>
      </div>
    </section>
  );
}
