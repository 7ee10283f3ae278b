import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';

/**
 * Everything a screen needs around it: server state. (React Aria's language is set around each
 * screen as it loads, components/ui/AriaLocale, so the first page does not load the library.)
 */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
