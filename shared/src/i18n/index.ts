// Every language's vocabulary and report words at once, for the server. The web never imports this
// file: it loads one language at a time (`@ci/shared/i18n/sv`, ...) so that the first page carries
// only the language on screen.
import type { Locale } from '../enums.js';
import { en, type Vocabulary } from './en.js';
import { sv } from './sv.js';
import { da } from './da.js';
import { reportsEn, type ColumnKey, type ReportWords } from './reports.en.js';
import { reportsSv } from './reports.sv.js';
import { reportsDa } from './reports.da.js';
import { notificationsEn, type NotificationWords } from './notifications.en.js';
import { notificationsSv } from './notifications.sv.js';
import { notificationsDa } from './notifications.da.js';
import { importsEn, type ImportWords } from './imports.en.js';
import { importsSv } from './imports.sv.js';
import { importsDa } from './imports.da.js';

export type { ColumnKey, ImportWords, NotificationWords, ReportWords, Vocabulary };

export const VOCABULARIES: Record<Locale, Vocabulary> = { en, sv, da };
export const REPORT_WORDS: Record<Locale, ReportWords> = { en: reportsEn, sv: reportsSv, da: reportsDa };
/** Notification sentences and e-mail words, shared with the web's bell. */
export const NOTIFICATION_WORDS: Record<Locale, NotificationWords> = { en: notificationsEn, sv: notificationsSv, da: notificationsDa };
export const IMPORT_WORDS: Record<Locale, ImportWords> = { en: importsEn, sv: importsSv, da: importsDa };

/**
 * An enum value in words; the value itself when the catalogue has no word for it (a value stored
 * before the catalogue knew it), so that an export never loses information.
 */
export function enumLabel(labels: Readonly<Record<string, string>>, value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return Object.hasOwn(labels, value) ? labels[value] : value;
}
