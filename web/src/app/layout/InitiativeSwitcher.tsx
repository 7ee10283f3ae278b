import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MembershipSummary } from '@ci/shared';
import { Select } from '../../components/ui/Select';
import { initiativeRoute } from '../../lib/initiative';

export function InitiativeSwitcher({ memberships, current }: { memberships: MembershipSummary[]; current: MembershipSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (memberships.length < 2) {
    return <span className="topbar__initiative">{current.initiativeName}</span>;
  }
  return (
    <Select
      className="topbar__switcher"
      label={t('nav.initiative')}
      hideLabel
      value={current.initiativeId}
      options={memberships.map((m) => ({ id: m.initiativeId, label: m.initiativeName }))}
      onChange={(id) => navigate(initiativeRoute(id))}
    />
  );
}
