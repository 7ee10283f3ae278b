import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../components/form/fields';
import type { FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import { useLocale } from '../../../i18n';
import { periodHint, tidyPeriodText, type IndicatorForm } from '../utils/indicator-form';

/** Optional milestones: a target value for particular periods on the way. */
export function IndicatorTargets({
  form,
  errors,
  onChange,
}: {
  form: IndicatorForm;
  errors: FieldErrors;
  onChange: (targets: IndicatorForm['targets']) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = form.targets;
  const setRow = (n: number, patch: Partial<IndicatorForm['targets'][number]>) => onChange(rows.map((r, i) => (i === n ? { ...r, ...patch } : r)));
  return (
    <fieldset className="agenda-fieldset">
      <legend className="field__label">{t('agenda.indicators.targets')}</legend>
      <p className="field__hint">{t('agenda.indicators.targetsHint')}</p>
      {rows.map((row, n) => (
        <div key={n} className="form__row">
          <TextInput
            label={t('agenda.indicators.targetRowPeriod', { n: n + 1 })}
            hint={n === 0 ? periodHint(form.frequency, locale, t) : undefined}
            value={row.period}
            onChange={(period) => setRow(n, { period })}
            onBlur={() => setRow(n, { period: tidyPeriodText(row.period, locale) })}
            error={errors[`targets.${n}.period`]}
          />
          <TextInput
            label={t('agenda.indicators.targetRowValue', { n: n + 1 })}
            inputMode="decimal"
            value={row.value}
            onChange={(value) => setRow(n, { value })}
            error={errors[`targets.${n}.value`]}
          />
          <Button variant="quiet" onPress={() => onChange(rows.filter((_, i) => i !== n))} aria-label={t('agenda.indicators.removeTarget', { n: n + 1 })}>
            {t('agenda.remove')}
          </Button>
        </div>
      ))}
      <div>
        <Button className="button--small" onPress={() => onChange([...rows, { period: '', value: '' }])}>
          {t('agenda.indicators.addTarget')}
        </Button>
      </div>
    </fieldset>
  );
}
