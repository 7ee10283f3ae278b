import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useLocale } from '../../i18n';
import { intlLocale } from '../../lib/format';

/**
 * React Aria's widgets in the UI language (their dates, numbers and few words of their own). Put
 * around each screen as it loads (app/router.tsx), not around the whole app: the sign-in page
 * uses none of them and does not load the library.
 */
export function AriaLocale({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return <I18nProvider locale={intlLocale(locale)}>{children}</I18nProvider>;
}
