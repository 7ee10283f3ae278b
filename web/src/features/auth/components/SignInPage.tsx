import { useId, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { loginBody } from '@ci/shared';
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
    const form = event.currentTarget;
    if (login.isPending) return;
    const parsed = loginBody.safeParse({ email: email.trim(), password });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      setFieldErrors({
        email: fields.has('email') ? t(email.trim() ? 'auth.emailInvalid' : 'auth.emailRequired') : undefined,
        password: fields.has('password') ? t('auth.passwordRequired') : undefined,
      });
      // To the first field to correct, where its message is read out with it.
      form.querySelector<HTMLInputElement>(`input[name="${fields.has('email') ? 'email' : 'password'}"]`)?.focus();
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
        {/* Native form controls: the first page anyone sees draws without the widget library. */}
        <form className="form" onSubmit={submit} noValidate>
          {failure ? (
            <div className="form__alert" role="alert">
              <Icon name="alert" />
              <span>{failure}</span>
            </div>
          ) : null}
          <SignInField
            name="email"
            type="email"
            autoComplete="username"
            label={t('auth.email')}
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
            autoFocus
          />
          <SignInField
            name="password"
            type="password"
            autoComplete="current-password"
            label={t('auth.password')}
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            aria-disabled={login.isPending || undefined}
            data-pending={login.isPending || undefined}
          >
            {login.isPending ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>
        <p className="signin__help">{t('auth.help')}</p>
      </main>
    </div>
  );
}

/** A labelled input with its error, tied together for assistive technology. */
function SignInField({
  label,
  error,
  onChange,
  ...input
}: {
  name: string;
  type: 'email' | 'password';
  autoComplete: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="field__input"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
