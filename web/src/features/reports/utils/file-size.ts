import type { Locale } from '@ci/shared';
import { formatNumber } from '../../../lib/format';

/** A file size as people read it: `840 kB`, `2,4 MB` (the symbols are the same in every language). */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < 1000 * 1000) return `${formatNumber(Math.max(1, Math.round(bytes / 1000)), locale)}\u00a0kB`;
  return `${formatNumber(bytes / 1_000_000, locale, 1)}\u00a0MB`;
}
