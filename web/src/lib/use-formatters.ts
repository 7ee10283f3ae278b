import { useMemo } from 'react';
import { useLocale } from '../i18n';
import { formatAxisNumber, formatPeriod, formatValue, type ValueFormat } from './format';

/** Formatters bound to the current language and one indicator's unit and decimals. */
export function useIndicatorFormat(fmt: ValueFormat) {
  const locale = useLocale();
  const { decimals, unit, measureType } = fmt;
  return useMemo(
    () => ({
      locale,
      value: (v: number) => formatValue(v, locale, { decimals, unit, measureType }),
      tick: (v: number) => formatAxisNumber(v, locale, decimals),
      period: (key: string) => formatPeriod(key, locale),
    }),
    [locale, decimals, unit, measureType],
  );
}
