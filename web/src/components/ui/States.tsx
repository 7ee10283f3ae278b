// Loading, empty and error states: one look everywhere, so waiting and failing feel familiar.
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from './error-message';
import { Icon } from './Icon';

export function Loading({ label, inline = false }: { label?: string; inline?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={inline ? 'state state--inline' : 'state state--loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="state__body">{children}</div> : null}
      {action ? <div className="state__action">{action}</div> : null}
    </div>
  );
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <Icon name="alert" size={28} className="state__icon" />
      <p className="state__title">{title ?? t('errors.title')}</p>
      <p className="state__body">{t(errorMessageKey(error))}</p>
      {onRetry ? (
        <div className="state__action">
          {/* A native button: error states can be on the first page, drawn without the widget library. */}
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Draws a query's data, or its loading or error state. */
export function QueryState<T>({
  query,
  loadingLabel,
  errorTitle,
  children,
}: {
  query: UseQueryResult<T>;
  loadingLabel?: string;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) return <ErrorState error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
