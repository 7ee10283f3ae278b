// A value's history as a timeline, newest first: who, when, from what to what, and why.
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { formatDateTime, type ValueFormat } from '../../../lib/format';
import type { CellRef } from '../../../lib/query-keys';
import { useCellHistory } from '../api/get-cell-history';
import { historyEvents } from '../utils/history-events';

export function ValueHistory({ initiativeId, cell, format }: { initiativeId: string; cell: CellRef; format: ValueFormat }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const history = useCellHistory(initiativeId, cell);
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <Loading inline label={t('history.loading')} />;
  const events = historyEvents(history.data, format, locale);
  if (events.length === 0) return <p className="muted small">{t('history.empty')}</p>;
  return (
    <ol className="value-history">
      {events.map((e) => (
        <li key={e.key} className={`value-history__event value-history__event--${e.kind}`}>
          <p className="value-history__what">
            <span className="value-history__kind">{t(`history.kinds.${e.kind}`)}</span>
            {e.kind === 'deleted' ? (
              e.previous ? <span className="value-history__value">{t('history.was', { value: e.previous })}</span> : null
            ) : e.previous ? (
              <span className="value-history__value">
                <span className="value-history__old">{e.previous}</span>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {t('history.to')} </span>
                <strong>{e.value}</strong>
              </span>
            ) : e.value ? (
              <strong className="value-history__value">{e.value}</strong>
            ) : null}
            {e.status && e.status !== 'submitted' && e.kind !== 'draft' && e.kind !== 'deleted' ? (
              <span className={`value-history__status value-history__status--${e.status}`}>{t(`entry.status.${e.status}`)}</span>
            ) : null}
          </p>
          {e.file ? <p className="value-history__reason">{t('history.importedFrom', { file: e.file })}</p> : null}
          {e.reason ? <p className="value-history__reason">{t(e.kind === 'returned' ? 'history.returnReason' : 'history.reason', { reason: e.reason })}</p> : null}
          {e.note ? <p className="value-history__note">{t('history.note', { note: e.note })}</p> : null}
          <p className="value-history__meta">
            {e.userName ?? t('history.someone')} · <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
