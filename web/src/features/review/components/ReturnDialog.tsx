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
const LISTED = 8;

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
        <p id="review-return-list">{t('review.returnDialog.figures', { count: cells.length })}</p>
        <ul className="review-return__list" aria-labelledby="review-return-list">
          {cells.slice(0, LISTED).map((cell) => {
            const { value, parts } = figure(cell);
            return (
              <li key={cell.key}>
                <span className="review-return__indicator">{indicatorTitle(cell.indicator)}</span>
                <span>
                  {actorName(cell.actorId)} · {formatPeriod(cell.period, locale)} · <strong>{value}</strong>
                  {parts.length > 0 ? <span className="muted"> ({parts.join(', ')})</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
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
