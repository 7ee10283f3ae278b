import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Form, Input, Label, TextField, FieldError } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { loginBody } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { isApiError } from '../../../lib/api';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useLogin } from '../api/login';
import { useMe } from '../api/get-me';

/** Only same-site paths: a `next` parameter must never send someone to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const next = safeNext(params.get('next'));

  if (me.isSuccess && !login.isPending) return <Navigate to={next} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = loginBody.safeParse({ email: email.trim(), password });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      setFieldErrors({
        email: fields.has('email') ? t(email.trim() ? 'auth.emailInvalid' : 'auth.emailRequired') : undefined,
        password: fields.has('password') ? t('auth.passwordRequired') : undefined,
      });
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data, { onSuccess: () => navigate(next, { replace: true }) });
  };

  const failure = login.isError
    ? isApiError(login.error, 401)
      ? t('auth.wrongCredentials')
      : isApiError(login.error, 429)
        ? t('errors.rateLimited')
        : isApiError(login.error, 0)
          ? t('errors.network')
          : t('auth.signInFailed')
    : null;

  return (
    <div className="signin">
      <title>{t('auth.signInTitle')}</title>
      <header className="signin__language">
        <LanguageSwitch />
      </header>
      <main className="signin__card" id="main">
        <div className="brand brand--large" aria-hidden="true">
          <span className="brand__mark" />
        </div>
        <h1 className="signin__title">{t('auth.signInTitle')}</h1>
        <p className="signin__lead">{t('auth.signInLead')}</p>
        <Form className="form" onSubmit={submit} validationBehavior="aria" validationErrors={fieldErrors}>
          {failure ? (
            <div className="form__alert" role="alert">
              <Icon name="alert" />
              <span>{failure}</span>
            </div>
          ) : null}
          <TextField
            className="field"
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            isRequired
            isInvalid={Boolean(fieldErrors.email)}
            autoFocus
          >
            <Label className="field__label">{t('auth.email')}</Label>
            <Input className="field__input" />
            <FieldError className="field__error">{fieldErrors.email}</FieldError>
          </TextField>
          <TextField
            className="field"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            isRequired
            isInvalid={Boolean(fieldErrors.password)}
          >
            <Label className="field__label">{t('auth.password')}</Label>
            <Input className="field__input" />
            <FieldError className="field__error">{fieldErrors.password}</FieldError>
          </TextField>
          <Button type="submit" variant="primary" className="button--block" isPending={login.isPending}>
            {login.isPending ? t('auth.signingIn') : t('auth.signIn')}
          </Button>
        </Form>
        <p className="signin__help">{t('auth.help')}</p>
      </main>
    </div>
  );
}
