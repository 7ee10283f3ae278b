// An idea's status as shape + word + colour (like the indicator status), so it reads in grey print
// and for colour-blind eyes: a bulb (proposed), a speech bubble (under discussion), a filled tick
// (accepted), a hollow cross (declined).
import type { IdeaStatus } from '@ci/shared';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from './Icon';

const ICON: Record<IdeaStatus, IconName> = {
  proposed: 'bulb',
  under_discussion: 'speech',
  accepted: 'onTrack',
  declined: 'declined',
};

export function IdeaStatusBadge({ status, size = 'normal' }: { status: IdeaStatus; size?: 'normal' | 'small' }) {
  const { t } = useTranslation();
  return (
    <span className={`idea-status idea-status--${status.replace('_', '-')} idea-status--${size}`}>
      <Icon name={ICON[status]} size={size === 'small' ? 16 : 20} />
      <span>{t(`ideaStatus.${status}`)}</span>
    </span>
  );
}
