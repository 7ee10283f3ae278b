import type { Role } from '@ci/shared';
import { useTranslation } from 'react-i18next';

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <span className={`role-badge role-badge--${role}`} title={t(`roles.${role}Description`)}>
      <span className="visually-hidden">{t('nav.yourRole')} </span>
      {t(`roles.${role}`)}
    </span>
  );
}
