// The initiative's reporting days: how long after a period ends its figures are due. Until then the
// period is "being reported" and its figures are shown as preliminary; after it, missing figures are late.
import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { initiativePatch, periodDueDate, periodOfDate, previousPeriod, type Initiative } from '@ci/shared';
import { TextInput } from '../../../components/form/fields';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { Section } from '../../../components/ui/Layout';
import { QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDate, formatPeriod } from '../../../lib/format';
import { initiativeQueryOptions } from '../../../resources/initiative';
import { useUpdateInitiative } from '../api/agenda-api';

export function ReportingSettings({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const query = useQuery(initiativeQueryOptions(initiativeId));
  return (
    <Section id="reporting" title={t('agenda.reporting.title')} description={t('agenda.reporting.lead')}>
      <QueryState query={query}>{(initiative) => <ReportingForm initiative={initiative} />}</QueryState>
    </Section>
  );
}

function ReportingForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateInitiative(initiative.id);
  const [days, setDays] = useState(String(initiative.reportingDeadlineDays));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [days]);

  // The example is the last quarter that has ended, with the days as typed (when they are a number).
  const quarter = previousPeriod(periodOfDate(new Date(), 'quarter'));
  const typed = /^\d{1,3}$/.test(days.trim()) ? Number(days.trim()) : null;
  const example =
    typed !== null && typed <= 365
      ? t('agenda.reporting.example', { days: typed, period: formatPeriod(quarter, locale), date: formatDate(periodDueDate(quarter, typed), locale) })
      : null;

  return (
    <Form
      className="form agenda-form"
      onSubmit={(event) => {
        event.preventDefault();
        const value = days.trim() === '' ? NaN : Number(days.trim());
        const parsed = initiativePatch.safeParse({ reportingDeadlineDays: value });
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
        setErrors({});
        update.mutate(parsed.data, { onSuccess: () => setSaved(true), onError: (err) => setErrors(serverFieldErrors(err, t)) });
      }}
    >
      <TextInput
        label={t('agenda.reporting.days')}
        hint={
          <>
            {t('agenda.reporting.daysHint')}
            {example ? <span className="agenda-reporting__example"> {example}</span> : null}
          </>
        }
        inputMode="numeric"
        value={days}
        onChange={setDays}
        error={errors.reportingDeadlineDays}
        className="agenda-reporting__days"
      />
      {update.isError && Object.keys(errors).length === 0 ? (
        <p className="form__alert" role="alert">
          <Icon name="alert" size={18} />
          {t(errorMessageKey(update.error))}
        </p>
      ) : null}
      <div className="agenda-form__actions">
        <span role="status" className="agenda-saved">
          {saved ? (
            <>
              <Icon name="check" size={18} /> {t('agenda.saved')}
            </>
          ) : null}
        </span>
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
