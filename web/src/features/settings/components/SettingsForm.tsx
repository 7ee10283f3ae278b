// One form for the initiative's settings, in four groups. Each setting says in a line what it
// does; a changed setting also says what saving it will do to people's figures and pages.
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, LOCALES, periodDueDate, periodOfDate, previousPeriod, type Initiative } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { CheckboxInput, TextInput } from '../../../components/form/fields';
import { PeriodChooser } from '../../../components/form/PeriodChooser';
import { zodFieldErrors, serverFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { Section } from '../../../components/ui/Layout';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDate, formatPeriod } from '../../../lib/format';
import { useSaveSettings } from '../api/settings-api';
import { changesOf, consequencesOf, formOf, type Consequence, type SettingsForm as Values } from '../utils/settings-form';

type Outcome = 'saved' | 'unchanged' | null;

export function SettingsForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveSettings(initiative.id);
  const [values, setValues] = useState<Values>(() => formOf(initiative));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setOutcome(null);
  };
  const { changed, result } = changesOf(values, initiative);
  const consequences = consequencesOf(changed, initiative);
  const said = (...keys: Consequence['key'][]) => consequences.filter((c) => keys.includes(c.key));

  const submit = () => {
    if (!result.success) return setErrors(zodFieldErrors(result.error, t));
    setErrors({});
    if (Object.keys(result.data).length === 0) return setOutcome('unchanged');
    save.mutate(result.data, {
      onSuccess: (saved) => {
        setValues(formOf(saved));
        setOutcome('saved');
      },
      onError: (err) => setErrors(serverFieldErrors(err, t)),
    });
  };

  const quarter = previousPeriod(periodOfDate(new Date(), 'quarter'));
  const days = /^\d{1,3}$/.test(values.reportingDeadlineDays.trim()) ? Number(values.reportingDeadlineDays.trim()) : null;
  const example =
    days !== null && days <= 365
      ? t('settings.reporting.example', { days, period: formatPeriod(quarter, locale), date: formatDate(periodDueDate(quarter, days), locale) })
      : null;
  const publicUrl = `${window.location.origin}/public/${initiative.id}`;
  const alert = Object.keys(errors).length > 0 ? t('settings.checkFields') : save.isError ? t(errorMessageKey(save.error)) : null;

  return (
    <Form
      className="form settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Section id="settings-reporting" title={t('settings.reporting.title')} description={t('settings.reporting.lead')}>
        <TextInput
          label={t('settings.reporting.days')}
          hint={
            <>
              {t('settings.reporting.daysHint')}
              {example ? <span className="settings-example"> {example}</span> : null}
            </>
          }
          inputMode="numeric"
          value={values.reportingDeadlineDays}
          onChange={(v) => set('reportingDeadlineDays', v)}
          error={errors.reportingDeadlineDays}
          className="settings-number"
        />
        <Consequences items={said('movesLocks')} />
      </Section>

      <Section id="settings-approval" title={t('settings.approval.title')} description={t('settings.approval.lead')}>
        <CheckboxInput
          label={t('settings.approval.requiresApproval')}
          hint={t('settings.approval.requiresApprovalHint')}
          isSelected={values.requiresApproval}
          onChange={(on) => set('requiresApproval', on)}
        />
        <Consequences items={said('approvalOn', 'approvalOff')} />
        <CheckboxInput
          label={t('settings.approval.autoLock')}
          hint={t('settings.approval.autoLockHint')}
          isSelected={values.autoLock}
          onChange={(on) => set('autoLock', on)}
        />
        <Consequences items={said('autoLockOn', 'autoLockOff')} />
        <CheckboxInput
          label={t('settings.approval.lockThrough')}
          hint={t('settings.approval.lockThroughHint')}
          isSelected={values.lockThrough}
          onChange={(on) => set('lockThrough', on)}
        />
        {values.lockThrough ? (
          <div className="settings-indent">
            <PeriodChooser
              period={values.lockedThrough}
              frequencies={FREQUENCIES}
              onChange={(p) => set('lockedThrough', p)}
              labels={{ frequency: t('settings.approval.periodLength'), period: t('settings.approval.lockedThrough') }}
            />
            {errors.lockedThrough ? <p className="field__error">{errors.lockedThrough}</p> : null}
          </div>
        ) : null}
        <Consequences items={said('lockOn', 'lockOff')} />
      </Section>

      <Section id="settings-public" title={t('settings.publicView.title')} description={t('settings.publicView.lead')}>
        <CheckboxInput
          label={t('settings.publicView.enabled')}
          hint={t('settings.publicView.enabledHint')}
          isSelected={values.publicView}
          onChange={(on) => set('publicView', on)}
        />
        <Consequences items={said('publicOn', 'publicOff')} />
        {initiative.publicView ? (
          <p className="settings-link">
            {t('settings.publicView.linkHint')}{' '}
            <a href={publicUrl} target="_blank" rel="noreferrer">
              {publicUrl}
            </a>
          </p>
        ) : null}
        <TextInput
          label={t('settings.publicView.threshold')}
          hint={t('settings.publicView.thresholdHint')}
          inputMode="numeric"
          value={values.publicThreshold}
          onChange={(v) => set('publicThreshold', v)}
          error={errors.publicThreshold}
          className="settings-number"
        />
      </Section>

      <Section id="settings-language" title={t('settings.language.title')} description={t('settings.language.lead')}>
        <ChoiceInput
          label={t('settings.language.locale')}
          hint={t('settings.language.localeHint')}
          value={values.locale}
          options={LOCALES.map((l) => ({ id: l, label: t(`settings.language.names.${l}`) }))}
          onChange={(l) => l && set('locale', l)}
          error={errors.locale}
          className="settings-language"
        />
      </Section>

      {alert ? (
        <p className="form__alert" role="alert">
          <Icon name="alert" size={18} />
          {alert}
        </p>
      ) : null}
      <div className="settings-actions">
        <span role="status" className={outcome === 'saved' ? 'settings-outcome settings-outcome--saved' : 'settings-outcome'}>
          {outcome === 'saved' ? (
            <>
              <Icon name="check" size={18} /> {t('settings.saved')}
            </>
          ) : outcome === 'unchanged' ? (
            t('settings.nothingChanged')
          ) : null}
        </span>
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {t('settings.save')}
        </Button>
      </div>
    </Form>
  );
}

const CONSEQUENCE_TEXT = {
  movesLocks: 'settings.reporting.movesLocks',
  approvalOn: 'settings.approval.approvalOn',
  approvalOff: 'settings.approval.approvalOff',
  autoLockOn: 'settings.approval.autoLockOn',
  autoLockOff: 'settings.approval.autoLockOff',
  lockOn: 'settings.approval.lockOn',
  lockOff: 'settings.approval.lockOff',
  publicOn: 'settings.publicView.publicOn',
  publicOff: 'settings.publicView.publicOff',
} as const satisfies Record<Consequence['key'], string>;

/** What saving a changed setting will do, right under it. */
function Consequences({ items }: { items: Consequence[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <div className="settings-consequence">
      <Icon name="alert" size={18} />
      <p>
        <strong>{t('settings.whenSaved')}</strong>{' '}
        {items.map((c) => t(CONSEQUENCE_TEXT[c.key], 'period' in c ? { period: formatPeriod(c.period, locale) } : {})).join(' ')}
      </p>
    </div>
  );
}
