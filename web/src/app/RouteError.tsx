import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../components/ui/States';
import { NotFoundPage } from './NotFoundPage';

/** The route tree's error boundary: a failed chunk download or a render error, explained calmly. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="page page--narrow">
      <ErrorState title={t('errors.pageTitle')} error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
