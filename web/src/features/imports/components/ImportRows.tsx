// One page of previewed rows: row number, what it is about, old → new, and the message.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow, Locale } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { ErrorState, Loading } from '../../../components/ui/States';
import { formatNumber, formatPeriod } from '../../../lib/format';
import { ROWS_PAGE, useImportRows } from '../api/imports';

export type RowFilter = 'all' | 'create' | 'change' | 'unchanged' | 'error';

function figures(f: ImportRow['new'] | null, locale: Locale): string {
  if (!f) return '';
  const n = (v: number) => formatNumber(v, locale, Math.min(6, (String(v).split('.')[1] ?? '').length));
  if (f.value !== null) return n(f.value);
  if (f.numerator !== null && f.denominator !== null) return `${n(f.numerator)} / ${n(f.denominator)}`;
  return '';
}

export function ImportRows({ initiativeId, importId, filter, locale }: { initiativeId: string; importId: string; filter: RowFilter; locale: Locale }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const rows = useImportRows(initiativeId, importId, filter, offset, true);
  if (rows.isError) return <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />;
  if (!rows.data) return <Loading inline label={t('imports.preview.loadingRows')} />;
  const { items, total } = rows.data;
  if (total === 0) return <p className="import-hint">{t('imports.preview.noRows')}</p>;
  return (
    <div className="import-rows">
      <table className="import-table">
        <caption className="visually-hidden">{t(`imports.filters.${filter}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.rows.row')}</th>
            <th scope="col">{t('imports.rows.indicator')}</th>
            <th scope="col">{t('imports.rows.actor')}</th>
            <th scope="col">{t('imports.rows.period')}</th>
            <th scope="col">{t('imports.rows.change')}</th>
            <th scope="col">{t('imports.rows.message')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r, i) => (
            <tr key={`${r.row}-${i}`} className={`import-row import-row--${r.action}`}>
              <td className="num">{r.row}</td>
              <td>
                {r.indicatorCode ? `${r.indicatorCode} ${r.indicatorName ?? ''}` : '–'}
                {r.categoryName ? <span className="import-category"> · {r.categoryName}</span> : null}
              </td>
              <td>{r.actorName ?? (r.indicatorId && r.action !== 'error' ? t('imports.rows.wholeArea') : '–')}</td>
              <td className="import-period">{r.period ? formatPeriod(r.period, locale) : '–'}</td>
              <td className="num">
                {r.action === 'change' ? `${figures(r.old, locale)} → ${figures(r.new, locale)}` : figures(r.new, locale)}
              </td>
              <td>
                {r.action === 'error' ? (
                  <>
                    <span className="import-badge import-badge--error">{t('imports.actions.error')}</span>{' '}
                    {r.field ? <span className="import-field">{t('imports.rows.field', { field: r.field })}</span> : null} {r.message}
                  </>
                ) : (
                  <>
                    <span className={`import-badge import-badge--${r.action}`}>{t(`imports.actions.${r.action}`)}</span>
                    {r.message ? ` ${t('imports.rows.reason', { reason: r.message })}` : ''}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > ROWS_PAGE ? (
        <div className="import-pager">
          <Button isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - ROWS_PAGE))}>
            {t('imports.rows.previous')}
          </Button>
          <span>{t('imports.rows.range', { from: offset + 1, to: Math.min(total, offset + ROWS_PAGE), total })}</span>
          <Button isDisabled={offset + ROWS_PAGE >= total} onPress={() => setOffset(offset + ROWS_PAGE)}>
            {t('imports.rows.next')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
