// Reminders on the reporting-status screen: a button per organisation with something missing, one
// for all of them, when each was last reminded, and what the last reminder achieved.
import { useTranslation } from 'react-i18next';
import type { CompletenessResponse, ReminderResponse } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { isApiError } from '../../../lib/api';
import { useLocale } from '../../../i18n';
import { intlLocale } from '@ci/shared';
import type { ActorReminder } from '../utils/reminders';

function formatMoment(value: Date, locale: ReturnType<typeof useLocale>) {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(value);
}

export function RowReminder({
  name,
  reminder,
  pending,
  onRemind,
}: {
  name: string;
  reminder: ActorReminder | undefined;
  pending: boolean;
  onRemind: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!reminder) return null;
  const when = reminder.remindedAt ? t('reminders.reminded', { date: formatMoment(reminder.remindedAt, locale) }) : null;
  if (!reminder.chasing) return when ? <span className="matrix__reminded">{when}</span> : null;
  return (
    <span className="matrix__remind">
      {reminder.userCount === 0 ? (
        <span className="matrix__reminded">{t('reminders.noUsers')}</span>
      ) : (
        <Button variant="secondary" className="matrix__remind-button" isDisabled={pending || reminder.recent} onPress={onRemind} aria-label={t('reminders.remindLabel', { name })}>
          {t('reminders.remind')}
        </Button>
      )}
      {when ? <span className="matrix__reminded">{when}</span> : null}
    </span>
  );
}

/** What the last reminder did, or why it was refused, in words. */
export function ReminderOutcome({ data, result, error }: { data: CompletenessResponse; result: ReminderResponse | undefined; error: unknown }) {
  const { t } = useTranslation();
  const names = (ids: string[]) => ids.map((id) => data.actors.find((a) => a.id === id)?.name ?? '').filter(Boolean).join(', ');
  const lines: string[] = [];
  if (error) {
    if (isApiError(error, 409)) {
      const details = (Array.isArray(error.details) ? error.details : []) as { actorId?: string }[];
      lines.push(t('reminders.tooSoon', { names: names(details.flatMap((d) => (d.actorId ? [d.actorId] : []))) }));
    } else if (isApiError(error, 422)) {
      lines.push(t('reminders.nothingMissing'));
    } else {
      lines.push(t('reminders.failed'));
    }
  } else if (result) {
    const people = result.reminded.reduce((n, r) => n + r.users.length, 0);
    const emailed = result.reminded.reduce((n, r) => n + r.users.filter((u) => u.emailed).length, 0);
    if (result.reminded.length > 0) {
      lines.push(t('reminders.sent', { count: result.reminded.length, names: result.reminded.map((r) => r.actorName).join(', ') }));
      lines.push(t('reminders.people', { count: people }) + (emailed > 0 ? ` ${t('reminders.emailed', { count: emailed })}` : ''));
    }
    if (result.withoutUsers.length > 0) lines.push(t('reminders.withoutUsers', { names: result.withoutUsers.map((a) => a.actorName).join(', ') }));
    if (result.skipped.length > 0) lines.push(t('reminders.skipped', { names: result.skipped.map((a) => a.actorName).join(', ') }));
  }
  return (
    <div className={error ? 'reminder-outcome reminder-outcome--error' : 'reminder-outcome'} role="status">
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
