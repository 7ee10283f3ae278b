import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@ci/shared';

/** The four roles with what each may do, so the choice is made knowingly. */
export function RoleChoice({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  return (
    <RadioGroup className="field role-choice" value={value} onChange={(v) => onChange(v as Role)}>
      <Label className="field__label">{t('members.role')}</Label>
      {ROLES.map((role) => (
        <Radio key={role} value={role} className="role-choice__option">
          <span className="role-choice__dot" aria-hidden="true" />
          <span>
            <strong>{t(`roles.${role}`)}</strong>
            <span className="role-choice__description">{t(`roles.${role}Description`)}</span>
          </span>
        </Radio>
      ))}
    </RadioGroup>
  );
}
