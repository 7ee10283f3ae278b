import { useTranslation } from 'react-i18next';
import type { CompletenessCellState } from '@ci/shared';
import { Icon, type IconName } from '../../../components/ui/Icon';

// A different shape per state, so the matrix reads in grey print and for colour-blind eyes.
const ICON: Record<Exclude<CompletenessCellState, 'notDue'>, IconName> = {
  reported: 'onTrack',
  returned: 'arrowLeft',
  late: 'atRisk',
  missing: 'noData',
};

export function StateMark({ state, withText = false }: { state: CompletenessCellState | undefined; withText?: boolean }) {
  const { t } = useTranslation();
  if (!state || state === 'notDue') {
    return (
      <span className="state-mark state-mark--not-due" title={t('completenessMatrix.states.notDue')}>
        <span aria-hidden="true">–</span>
        <span className={withText ? undefined : 'visually-hidden'}>{t('completenessMatrix.states.notDue')}</span>
      </span>
    );
  }
  return (
    <span className={`state-mark state-mark--${state}`} title={t(`completeness.${state}`)}>
      <Icon name={ICON[state]} size={20} />
      <span className={withText ? undefined : 'visually-hidden'}>{t(`completeness.${state}`)}</span>
    </span>
  );
}
