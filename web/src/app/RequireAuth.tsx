import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api/get-me';
import { logout } from '../features/auth/api/logout';
import { ErrorState, Loading } from '../components/ui/States';
import { isApiError } from '../lib/api';

// Seldom needed, and with a dialog's weight: loaded only for a temporary password.
const ForcedPasswordChange = lazy(() => import('../features/auth/components/ForcedPasswordChange').then((m) => ({ default: m.ForcedPasswordChange })));

/**
 * Screens behind sign-in: asks the server who is signed in; a 401 goes to the sign-in page, and a
 * temporary password must be replaced before anything else opens.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
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
  if (me.data.user.mustChangePassword) {
    const signOut = async () => {
      await logout().catch(() => undefined);
      navigate('/login', { replace: true });
      queryClient.clear();
    };
    return (
      <Suspense fallback={<Loading label={t('auth.checking')} />}>
        <ForcedPasswordChange me={me.data} onSignOut={() => void signOut()} />
      </Suspense>
    );
  }
  return <Outlet />;
}
