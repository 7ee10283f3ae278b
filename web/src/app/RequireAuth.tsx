import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api/get-me';
import { ErrorState, Loading } from '../components/ui/States';
import { isApiError } from '../lib/api';

/** Screens behind sign-in: asks the server who is signed in; a 401 goes to the sign-in page. */
export function RequireAuth() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <div className="fullpage">
        <Loading label={t('auth.checking')} />
      </div>
    );
  }
  if (me.isError) {
    if (isApiError(me.error, 401)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <div className="fullpage">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  return <Outlet />;
}
