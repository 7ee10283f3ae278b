import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';

/**
 * Stays at the bottom of the window while the list scrolls, so the choice and the buttons are
 * always in reach; the outcome of the last review is announced here, next to the buttons.
 */
export function ActionBar({
  selectedFigures,
  selectedValues,
  figures,
  busy,
  done,
  failure,
  onApprove,
  onReturn,
  onClear,
}: {
  selectedFigures: number;
  selectedValues: number;
  figures: number;
  busy: boolean;
  done: string;
  failure?: string;
  onApprove: () => void;
  onReturn: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const none = selectedFigures === 0;
  return (
    <section className="review-actionbar" aria-label={t('review.actions')}>
      <div className="review-actionbar__count">
        <strong>{t('review.selectedOf', { count: selectedFigures, total: figures })}</strong>
        {selectedValues > selectedFigures ? <span className="muted small">{t('review.selectedValues', { count: selectedValues })}</span> : null}
      </div>
      <p className="review-actionbar__message" role="status">
        {done}
      </p>
      {failure ? (
        <p className="review-actionbar__failure" role="alert">
          <Icon name="alert" size={18} />
          <span>{failure}</span>
        </p>
      ) : null}
      <div className="review-actionbar__buttons">
        <Button variant="quiet" isDisabled={none || busy} onPress={onClear}>
          {t('review.clearSelection')}
        </Button>
        <Button isDisabled={none || busy} onPress={onReturn}>
          {t('review.return')}
        </Button>
        <Button variant="primary" isDisabled={none || busy} onPress={onApprove}>
          {t('review.approve')}
        </Button>
      </div>
    </section>
  );
}
