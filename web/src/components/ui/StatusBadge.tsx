// Indicator status as shape + word + colour, so it reads in grey print and for colour-blind eyes.
import type { IndicatorStatus } from '@ci/shared';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from './Icon';

const ICON: Record<IndicatorStatus, IconName> = {
  on_track: 'onTrack',
  at_risk: 'atRisk',
  off_track: 'offTrack',
  no_data: 'noData',
};

export function StatusBadge({ status, size = 'normal' }: { status: IndicatorStatus; size?: 'normal' | 'small' }) {
  const { t } = useTranslation();
  return (
    <span className={`status status--${status.replace('_', '-')} status--${size}`}>
      <Icon name={ICON[status]} size={size === 'small' ? 16 : 20} />
      <span>{t(`status.${status}`)}</span>
    </span>
  );
}
