// Who is expected to report an indicator, and from which period: the list behind completeness,
// "late", reminders and whether a period is complete enough to be the headline.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { CheckboxList } from '../../../components/form/fields';
import type { FieldErrors } from '../../../components/form/form-errors';
import { useLocale } from '../../../i18n';
import { formatPeriod } from '../../../lib/format';
import { actorsQueryOptions } from '../../../resources/actors';
import { reportingFromOptions, type IndicatorForm } from '../utils/indicator-form';
import { OptionCards } from './OptionCards';

type Reporters = 'default' | 'chosen';

export function IndicatorReporting({
  initiativeId,
  form,
  errors,
  update,
}: {
  initiativeId: string;
  form: IndicatorForm;
  errors: FieldErrors;
  update: (patch: Partial<IndicatorForm>) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const all = [...(actors.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale));
  const population = form.actorAggregation === 'none';
  const mode: Reporters = form.expectedActorIds === null ? 'default' : 'chosen';

  return (
    <>
      <h3 className="form__section-title">{t('agenda.indicators.sections.reporting')}</h3>
      {population ? (
        <p className="field__hint">{t('agenda.indicators.reporters.population')}</p>
      ) : (
        <>
          <OptionCards<Reporters>
            label={t('agenda.indicators.reporters.label')}
            hint={t('agenda.indicators.reporters.hint')}
            value={mode}
            columns={2}
            options={[
              { id: 'default', label: t('agenda.indicators.reporters.default'), description: t('agenda.indicators.reporters.defaultHelp') },
              { id: 'chosen', label: t('agenda.indicators.reporters.chosen'), description: t('agenda.indicators.reporters.chosenHelp') },
            ]}
            // Choosing starts from what the default means today, so only the exceptions need a click.
            onChange={(next) =>
              update({ expectedActorIds: next === 'default' ? null : all.filter((a) => a.role !== 'backbone').map((a) => a.id) })
            }
            error={mode === 'default' ? errors.expectedActorIds : undefined}
          />
          {mode === 'chosen' ? (
            <CheckboxList
              label={t('agenda.indicators.reporters.list')}
              options={all.map((a) => ({ id: a.id, label: a.role === 'backbone' ? `${a.name} (${t('actorRoles.backbone')})` : a.name }))}
              value={form.expectedActorIds ?? []}
              onChange={(ids) => update({ expectedActorIds: ids })}
              emptyText={t('agenda.indicators.reporters.noActors')}
              error={errors.expectedActorIds}
            />
          ) : null}
        </>
      )}
      <ChoiceInput
        label={t('agenda.indicators.reportingFrom')}
        hint={t('agenda.indicators.reportingFromHint')}
        value={form.reportingFrom}
        options={reportingFromOptions(form.frequency, form.reportingFrom).map((key) => ({ id: key, label: formatPeriod(key, locale) }))}
        onChange={(key) => key && update({ reportingFrom: key })}
        error={errors.reportingFrom}
      />
    </>
  );
}
