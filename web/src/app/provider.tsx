import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from 'react-aria-components';
import { useLocale } from '../i18n';
import { intlLocale } from '../lib/format';

/** Everything a screen needs around it: server state, language (ours and React Aria's). */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const locale = useLocale();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={intlLocale(locale)}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
