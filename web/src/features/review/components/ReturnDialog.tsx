import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measurementReview } from '@ci/shared';
import { FormDialog } from '../../../components/form/FormDialog';
import { TextAreaInput } from '../../../components/form/fields';
import { useLocale } from '../../../i18n';
import { formatPeriod } from '../../../lib/format';
import { categoryLabel, valueText } from '../utils/format';
import type { ReviewCell } from '../utils/group';
import { indicatorTitle } from './ReviewRow';

/** How many figures the dialog names; the rest are counted. */
const LISTED = 50;

/** Asks why the selected figures go back, naming them; the partner reads the reason next to each value. */
export function ReturnDialog({
  cells,
  actorName,
  onSubmit,
  onClose,
  isPending,
  alert,
}: {
  cells: readonly ReviewCell[];
  actorName: (actorId: string | null) => string;
  onSubmit: (reason: string) => void;
  onClose: () => void;
  isPending: boolean;
  alert?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const ids = cells.flatMap((c) => c.ids);

  const submit = () => {
    // The same schema as the server, so the form cannot send what the route would refuse.
    const parsed = measurementReview.safeParse({ ids, action: 'return', reason: reason.trim() || undefined });
    if (!parsed.success) {
      setError(parsed.error.issues.some((i) => i.path[0] === 'reason') ? t('review.returnDialog.reasonRequired') : t('formFields.invalid'));
      return;
    }
    setError(undefined);
    onSubmit(parsed.data.reason!);
  };

  const figure = (cell: ReviewCell) => {
    const [head, ...categories] = cell.rows;
    const parts = categories.map((m) => `${categoryLabel(m)} ${valueText(m, cell.indicator, locale)}`);
    const value = head!.categoryId === null ? valueText(head!, cell.indicator, locale) : `${categoryLabel(head!)} ${valueText(head!, cell.indicator, locale)}`;
    return { value, parts };
  };

  return (
    <FormDialog
      title={t('review.returnDialog.title', { count: cells.length })}
      submitLabel={t('review.returnDialog.submit')}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      alert={alert}
      wide
    >
      <div className="review-return">
        <div className="review-return__scroll" tabIndex={0} role="region" aria-labelledby="review-return-caption">
          <table className="table review-return__table">
            <caption id="review-return-caption" className="review-return__caption">
              {t('review.returnDialog.figures', { count: cells.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('review.returnDialog.indicator')}</th>
                <th scope="col">{t('review.returnDialog.organisation')}</th>
                <th scope="col">{t('review.returnDialog.period')}</th>
                <th scope="col" className="review-return__number">
                  {t('review.returnDialog.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {cells.slice(0, LISTED).map((cell) => {
                const { value, parts } = figure(cell);
                return (
                  <tr key={cell.key}>
                    <th scope="row" className="review-return__indicator">
                      {indicatorTitle(cell.indicator)}
                    </th>
                    <td>{actorName(cell.actorId)}</td>
                    <td className="review-return__period">{formatPeriod(cell.period, locale)}</td>
                    <td className="review-return__number">
                      <strong>{value}</strong>
                      {parts.length > 0 ? <span className="review-return__parts">{parts.join(', ')}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {cells.length > LISTED ? <p className="muted small">{t('review.returnDialog.more', { count: cells.length - LISTED })}</p> : null}
      </div>
      <TextAreaInput
        label={t('review.returnDialog.reason')}
        hint={t('review.returnDialog.reasonHint')}
        value={reason}
        onChange={(next) => {
          setReason(next);
          if (error && next.trim()) setError(undefined);
        }}
        error={error}
        isRequired
        rows={4}
      />
    </FormDialog>
  );
}
