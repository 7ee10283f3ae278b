// After signing in with a temporary password an admin issued: nothing else opens until the person
// has chosen a password of their own (the server clears the flag, and the app continues).
import type { FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Me } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { usePasswordChange } from './PasswordFields';
import { AriaLocale } from '../../../components/ui/AriaLocale';

export function ForcedPasswordChange(props: { me: Me; onSignOut: () => void }) {
  return (
    <AriaLocale>
      <ForcedPasswordForm {...props} />
    </AriaLocale>
  );
}

function ForcedPasswordForm({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const { t } = useTranslation();
  const form = usePasswordChange(() => undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit();
  };
  return (
    <div className="signin">
      <title>{t('account.forcedTitle')}</title>
      <main className="signin__card" id="main">
        <h1 className="signin__title">{t('account.forcedTitle')}</h1>
        <p className="signin__lead">{t('account.forcedLead', { email: me.user.email })}</p>
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          {form.alert ? (
            <div className="form__alert" role="alert">
              <Icon name="alert" />
              <span>{form.alert}</span>
            </div>
          ) : null}
          {form.fields}
          <Button type="submit" variant="primary" className="button--block" isPending={form.isPending}>
            {t('account.forcedSubmit')}
          </Button>
        </Form>
        <p className="signin__help">
          <Button variant="quiet" onPress={onSignOut}>
            {t('nav.signOut')}
          </Button>
        </p>
      </main>
    </div>
  );
}
