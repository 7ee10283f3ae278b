// The fields for choosing a new password (current, new, repeat), checked here for length and
// sameness and on the server for the rest; used by the account menu and after a temporary password.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, newPassword as newPasswordRule } from '@ci/shared';
import { TextInput } from '../../../components/form/fields';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { useChangePassword } from '../api/change-password';

type Field = 'currentPassword' | 'newPassword' | 'repeat';

export function usePasswordChange(onChanged: () => void) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  /** The server's field errors in the user's words: it refuses a wrong current or a common new password. */
  const serverErrors = (err: unknown): Partial<Record<Field, string>> => {
    if (!isApiError(err, 400)) return {};
    const fields = err.fieldErrors();
    return {
      currentPassword: 'currentPassword' in fields ? t('account.currentWrong') : undefined,
      newPassword:
        'newPassword' in fields
          ? values.newPassword.length < PASSWORD_MIN_LENGTH
            ? t('account.tooShort', { min: PASSWORD_MIN_LENGTH })
            : t('account.tooCommon')
          : undefined,
    };
  };

  const submit = () => {
    const next: Partial<Record<Field, string>> = {
      currentPassword: values.currentPassword ? undefined : t('account.currentRequired'),
      newPassword: newPasswordRule.safeParse(values.newPassword).success ? undefined : t('account.tooShort', { min: PASSWORD_MIN_LENGTH }),
      repeat: values.repeat === values.newPassword ? undefined : t('account.mismatch'),
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: onChanged, onError: (err) => setErrors(serverErrors(err)) },
    );
  };

  const fieldErrors = Object.values(errors).some(Boolean);
  const alert = change.isError && !fieldErrors ? t(errorMessageKey(change.error)) : null;

  const fields = (
    <>
      <TextInput
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={errors.currentPassword}
        isRequired
      />
      <TextInput
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={set('newPassword')}
        error={errors.newPassword}
        isRequired
      />
      <TextInput
        label={t('account.repeatPassword')}
        type="password"
        autoComplete="new-password"
        value={values.repeat}
        onChange={set('repeat')}
        error={errors.repeat}
        isRequired
      />
    </>
  );
  return { fields, submit, alert, isPending: change.isPending };
}
