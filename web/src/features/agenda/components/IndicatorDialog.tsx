import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { CheckboxInput, TextAreaInput, TextInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { isApiError } from '../../../lib/api';
import { goalsQueryOptions } from '../../../resources/goals';
import { useSaveIndicator } from '../api/agenda-api';
import { emptyIndicatorForm, formToValues, indicatorToForm, periodHint, tidyPeriodText, type IndicatorForm } from '../utils/indicator-form';
import { IndicatorReporting } from './IndicatorReporting';
import { IndicatorRules } from './IndicatorRules';
import { IndicatorTargets } from './IndicatorTargets';
import { DimensionsEditor } from './DimensionsEditor';

/** Every field of an indicator, grouped by the question it answers, each with a plain hint. */
export function IndicatorDialog({ initiativeId, indicator, onClose }: { initiativeId: string; indicator: Indicator | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const goals = useQuery(goalsQueryOptions(initiativeId));
  const save = useSaveIndicator(initiativeId);
  const [form, setForm] = useState<IndicatorForm>(() => (indicator ? indicatorToForm(indicator, locale) : emptyIndicatorForm()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof IndicatorForm>(key: K) => (value: IndicatorForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const update = (patch: Partial<IndicatorForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = () => {
    const result = formToValues(form, locale, t);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(
      { indicatorId: indicator?.id, values: result.values },
      {
        onSuccess: onClose,
        onError: (err) => {
          if (isApiError(err, 409) && Array.isArray(err.details)) setErrors({ code: t('agenda.indicators.codeTaken') });
          else setErrors(serverFieldErrors(err, t));
        },
      },
    );
  };

  const conflictAlert =
    save.isError && isApiError(save.error, 409) && !Array.isArray(save.error.details)
      ? t('agenda.indicators.cannotChangeType')
      : save.isError && !isApiError(save.error, 400) && !isApiError(save.error, 409)
        ? t(errorMessageKey(save.error))
        : Object.keys(errors).length > 0
          ? t('agenda.checkFields', { count: Object.keys(errors).length })
          : null;

  return (
    <FormDialog
      title={indicator ? t('agenda.indicators.editTitle', { code: indicator.code }) : t('agenda.indicators.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={conflictAlert}
      wide
    >
      <h3 className="form__section-title">{t('agenda.indicators.sections.what')}</h3>
      <div className="form__grid agenda-form__code-name">
        <TextInput label={t('agenda.indicators.code')} hint={t('agenda.indicators.codeHint')} value={form.code} onChange={set('code')} error={errors.code} isRequired />
        <TextInput label={t('agenda.indicators.name')} value={form.name} onChange={set('name')} error={errors.name} isRequired className="agenda-form__wide" />
      </div>
      <TextAreaInput label={t('agenda.indicators.definition')} hint={t('agenda.indicators.definitionHint')} value={form.definition} onChange={set('definition')} error={errors.definition} />
      <div className="form__grid">
        <TextInput label={t('agenda.indicators.source')} hint={t('agenda.indicators.sourceHint')} value={form.source} onChange={set('source')} error={errors.source} />
        <ChoiceInput
          label={t('agenda.indicators.goal')}
          hint={t('agenda.indicators.goalHint')}
          value={form.goalId}
          noneLabel={t('agenda.indicators.noGoal')}
          options={(goals.data ?? []).map((g) => ({ id: g.id, label: g.title }))}
          onChange={set('goalId')}
          error={errors.goalId}
        />
      </div>
      <IndicatorRules form={form} errors={errors} set={set} update={update} />
      <IndicatorReporting initiativeId={initiativeId} form={form} errors={errors} update={update} />
      <h3 className="form__section-title">{t('agenda.indicators.sections.targets')}</h3>
      <p className="field__hint">{t('agenda.indicators.baselineTargetHint')}</p>
      <div className="form__grid">
        <TextInput label={t('agenda.indicators.baselineValue')} inputMode="decimal" value={form.baselineValue} onChange={set('baselineValue')} error={errors.baselineValue} />
        <TextInput
          label={t('agenda.indicators.baselinePeriod')}
          hint={periodHint(form.frequency, locale, t)}
          value={form.baselinePeriod}
          onChange={set('baselinePeriod')}
          onBlur={() => update({ baselinePeriod: tidyPeriodText(form.baselinePeriod, locale) })}
          error={errors.baselinePeriod}
        />
        <TextInput label={t('agenda.indicators.targetValue')} inputMode="decimal" value={form.targetValue} onChange={set('targetValue')} error={errors.targetValue} />
        <TextInput
          label={t('agenda.indicators.targetPeriod')}
          hint={periodHint(form.frequency, locale, t)}
          value={form.targetPeriod}
          onChange={set('targetPeriod')}
          onBlur={() => update({ targetPeriod: tidyPeriodText(form.targetPeriod, locale) })}
          error={errors.targetPeriod}
        />
      </div>
      <IndicatorTargets form={form} errors={errors} onChange={set('targets')} />
      <DimensionsEditor value={form.dimensions} onChange={set('dimensions')} errors={errors} />
      <CheckboxInput label={t('agenda.indicators.archived')} hint={t('agenda.indicators.archivedHint')} isSelected={form.archived} onChange={set('archived')} />
    </FormDialog>
  );
}
