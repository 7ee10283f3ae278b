// The e-mails: a daily digest of unread notifications and an explicit reminder, in the reader's
// language, as plain text and simple HTML, with absolute links into the app.
import { fill, isLocale, isPeriodKey, notificationMessage, periodLabel, type Locale, type NotificationKind } from '@ci/shared';
import { NOTIFICATION_WORDS } from '@ci/shared/i18n';
import type { MailMessage } from '../../plugins/mailer.js';

export interface Recipient {
  email: string;
  name: string;
  locale: string;
}

export interface MailedNotification {
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string | null;
  initiativeName: string | null;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function localeOf(recipient: Recipient): Locale {
  return isLocale(recipient.locale) ? recipient.locale : 'en';
}

function absolute(publicUrl: string, link: string | null): string | null {
  return link ? `${publicUrl}${link.startsWith('/') ? '' : '/'}${link}` : null;
}

function page(body: string): string {
  return `<!doctype html><html><body style="font-family: system-ui, sans-serif; font-size: 15px; line-height: 1.5; color: #1d2530; max-width: 40rem">${body}</body></html>`;
}

function described(n: MailedNotification, locale: Locale) {
  return notificationMessage(n, NOTIFICATION_WORDS[locale].notificationText, locale);
}

export function digestMail(recipient: Recipient, items: MailedNotification[], publicUrl: string): MailMessage {
  const locale = localeOf(recipient);
  const w = NOTIFICATION_WORDS[locale].notificationEmail;
  const subject = items.length === 1 ? fill(w.digestSubjectOne, { app: w.app }) : fill(w.digestSubject, { count: items.length, app: w.app });
  const intro = fill(w.digestIntro, { name: recipient.name });
  const footer = fill(w.footer, { app: w.app });
  const text: string[] = [intro, ''];
  const html: string[] = [`<p>${escape(intro)}</p>`, '<ul>'];
  for (const n of items) {
    const { text: sentence, details } = described(n, locale);
    const url = absolute(publicUrl, n.link);
    const where = n.initiativeName ? `${n.initiativeName}: ` : '';
    text.push(`- ${where}${sentence}`, ...details.map((d) => `    ${d}`), ...(url ? [`  ${url}`] : []), '');
    html.push(
      `<li style="margin-bottom: 0.8em">${n.initiativeName ? `<strong>${escape(n.initiativeName)}</strong>: ` : ''}${escape(sentence)}` +
        (details.length ? `<ul>${details.map((d) => `<li>${escape(d)}</li>`).join('')}</ul>` : '') +
        (url ? `<br><a href="${escape(url)}">${escape(w.open)}</a>` : '') +
        '</li>',
    );
  }
  html.push('</ul>', `<p style="color: #5b6470; font-size: 13px">${escape(footer)}</p>`);
  text.push('--', footer);
  return { to: recipient.email, subject, text: text.join('\n'), html: page(html.join('')) };
}

export function reminderMail(recipient: Recipient, reminder: MailedNotification, publicUrl: string): MailMessage {
  const locale = localeOf(recipient);
  const w = NOTIFICATION_WORDS[locale].notificationEmail;
  const { text: sentence } = described(reminder, locale);
  const indicators = Array.isArray(reminder.params.indicators) ? (reminder.params.indicators as { code?: string; name?: string }[]) : [];
  const lines = indicators.map((i) => `${i.code ?? ''} ${i.name ?? ''}`.trim());
  const url = absolute(publicUrl, reminder.link);
  const period = typeof reminder.params.period === 'string' ? reminder.params.period : '';
  const subject = fill(w.reminderSubject, {
    period: isPeriodKey(period) ? periodLabel(period, locale).replace(/\u00a0/g, ' ') : period,
    initiative: reminder.initiativeName ?? '',
  });
  const intro = fill(w.reminderIntro, { name: recipient.name });
  const footer = fill(w.footer, { app: w.app });
  const text = [intro, '', sentence, '', ...lines.map((l) => `- ${l}`), '', ...(url ? [w.reminderAsk, url, ''] : []), '--', footer].join('\n');
  const html = page(
    `<p>${escape(intro)}</p><p>${escape(sentence)}</p><ul>${lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>` +
      (url ? `<p>${escape(w.reminderAsk)} <a href="${escape(url)}">${escape(url)}</a></p>` : '') +
      `<p style="color: #5b6470; font-size: 13px">${escape(footer)}</p>`,
  );
  return { to: recipient.email, subject, text, html };
}
