import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';

function saveErrorKey(error: unknown) {
  if (isApiError(error, 422)) {
    const fields = Array.isArray(error.details) ? (error.details as { field?: string }[]).map((d) => d.field ?? '') : [];
    if (fields.some((f) => f.endsWith('.period'))) return 'entry.saveErrors.locked' as const;
    return 'entry.saveErrors.rejected' as const;
  }
  if (isApiError(error, 403)) return 'entry.saveErrors.forbidden' as const;
  return errorMessageKey(error);
}

/** Always in view under the sheet: how many changes wait, and the one button that saves them. */
export function SaveBar({
  dirtyCount,
  problemCount,
  isSaving,
  error,
  savedCount,
  onSave,
  onDiscard,
}: {
  dirtyCount: number;
  problemCount: number;
  isSaving: boolean;
  error: unknown;
  savedCount: number | null;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  return (
    <div className="entry-savebar">
      <div className="entry-savebar__status" role="status" aria-live="polite">
        {error ? (
          <span className="entry-savebar__error">
            <Icon name="alert" size={18} />
            {t(saveErrorKey(error))} {t('entry.saveErrors.kept')}
          </span>
        ) : dirtyCount > 0 ? (
          <span>
            <span className="entry-savebar__dot" aria-hidden="true" />
            {t('entry.unsaved', { count: dirtyCount })}
            {problemCount > 0 ? ` ${t('entry.toFix', { count: problemCount })}` : ''}
          </span>
        ) : savedCount !== null ? (
          <span className="entry-savebar__saved">
            <Icon name="check" size={18} />
            {t('entry.saved', { count: savedCount })}
          </span>
        ) : (
          <span className="muted">{t('entry.nothingToSave')}</span>
        )}
      </div>
      <div className="entry-savebar__actions">
        <Button variant="quiet" onPress={() => setConfirmDiscard(true)} isDisabled={dirtyCount === 0 || isSaving}>
          {t('entry.discard')}
        </Button>
        <Button variant="primary" onPress={onSave} isDisabled={dirtyCount === 0} isPending={isSaving}>
          {isSaving ? t('entry.saving') : dirtyCount > 0 ? t('entry.save', { count: dirtyCount }) : t('common.save')}
        </Button>
      </div>
      {confirmDiscard ? (
        <ConfirmDialog
          title={t('entry.discardTitle')}
          confirmLabel={t('entry.discardConfirm')}
          onClose={() => setConfirmDiscard(false)}
          onConfirm={() => {
            setConfirmDiscard(false);
            onDiscard();
          }}
        >
          {t('entry.discardBody', { count: dirtyCount })}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
