import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CompletenessResponse } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { formatPeriod } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import { cellIndex, columnTally, needsChasing, rowTally, type Tally } from '../utils/totals';
import { StateMark } from './StateMark';
import type { ActorReminder } from '../utils/reminders';
import { RowReminder } from './Reminders';

function TallyCell({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  if (tally.expected === 0) return <td className="num muted">–</td>;
  const complete = tally.reported === tally.expected;
  return (
    <td className={complete ? 'num matrix__tally matrix__tally--complete' : 'num matrix__tally'}>
      {t('completenessMatrix.tally', { reported: tally.reported, expected: tally.expected })}
    </td>
  );
}

/** Organisations down, indicators across; each cell says whether the figure is in. */
export function CompletenessMatrix({
  initiativeId,
  data,
  onlyChasing,
  reminders,
  remindPending = false,
  onRemind,
}: {
  initiativeId: string;
  data: CompletenessResponse;
  onlyChasing: boolean;
  /** Per organisation, for those who may remind; none: no reminder controls. */
  reminders?: Map<string, ActorReminder>;
  remindPending?: boolean;
  onRemind?: (actorId: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const index = useMemo(() => cellIndex(data), [data]);
  const indicatorIds = data.indicators.map((i) => i.id);
  const hasArea = data.cells.some((c) => c.actorId === null);
  const rows = [
    ...(hasArea ? [{ id: null as string | null, name: t('completenessMatrix.wholeArea') }] : []),
    ...[...data.actors].sort((a, b) => a.name.localeCompare(b.name, locale)),
  ];
  const shown = onlyChasing ? rows.filter((r) => needsChasing(index, r.id, indicatorIds)) : rows;
  const allActorIds = rows.map((r) => r.id);

  return (
    <div className="table-wrap matrix-wrap" tabIndex={0} role="group" aria-label={t('completenessMatrix.scrollLabel')}>
      <table className="table matrix">
        <caption className="visually-hidden">{t('completenessMatrix.caption', { period: formatPeriod(data.period, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('completenessMatrix.actor')}
            </th>
            {data.indicators.map((i) => (
              <th key={i.id} scope="col" className="matrix__indicator" title={`${i.code} ${i.name}`}>
                <Link to={initiativeRoute(initiativeId, `indicators/${i.id}`)} className="matrix__indicator-link">
                  <span className="code-tag">{i.code}</span>
                  <span className="matrix__indicator-name">{i.name}</span>
                </Link>
              </th>
            ))}
            <th scope="col" className="num">
              {t('completenessMatrix.rowTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id ?? 'area'}>
              <th scope="row" className="matrix__actor">
                {row.id ? <Link to={initiativeRoute(initiativeId, `actors/${row.id}`)}>{row.name}</Link> : row.name}
                {row.id && reminders && onRemind ? (
                  <RowReminder name={row.name} reminder={reminders.get(row.id)} pending={remindPending} onRemind={() => onRemind(row.id!)} />
                ) : null}
              </th>
              {data.indicators.map((i) => (
                <td key={i.id} className="matrix__cell">
                  <StateMark state={index.get(`${row.id ?? ''}|${i.id}`)} />
                </td>
              ))}
              <TallyCell tally={rowTally(index, row.id, indicatorIds)} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('completenessMatrix.columnTotal')}</th>
            {data.indicators.map((i) => (
              <TallyCell key={i.id} tally={columnTally(index, i.id, allActorIds)} />
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
