import { useTranslation } from 'react-i18next';
import { ACTOR_AGGREGATIONS, DIRECTIONS, FREQUENCIES, MEASURE_TYPES, TIME_AGGREGATIONS } from '@ci/shared';
import { CheckboxInput, TextInput } from '../../../components/form/fields';
import type { FieldErrors } from '../../../components/form/form-errors';
import { reportingFromIn, type IndicatorForm } from '../utils/indicator-form';
import { OptionCards } from './OptionCards';

/** How figures are entered, and how they combine across organisations and over time. */
export function IndicatorRules({
  form,
  errors,
  set,
  update,
}: {
  form: IndicatorForm;
  errors: FieldErrors;
  set: <K extends keyof IndicatorForm>(key: K) => (value: IndicatorForm[K]) => void;
  update: (patch: Partial<IndicatorForm>) => void;
}) {
  const { t } = useTranslation();
  const percentage = form.measureType === 'percentage';
  return (
    <>
      <h3 className="form__section-title">{t('agenda.indicators.sections.entry')}</h3>
      <OptionCards
        label={t('agenda.indicators.measureType')}
        value={form.measureType}
        columns={2}
        options={MEASURE_TYPES.map((id) => ({ id, label: t(`agenda.indicators.measureTypes.${id}`), description: t(`agenda.indicators.measureTypes.${id}Help`) }))}
        onChange={(measureType) =>
          // A percentage only combines as a ratio of sums: move the other choices along with it.
          update(
            measureType === 'percentage'
              ? {
                  measureType,
                  actorAggregation: form.actorAggregation === 'none' ? 'none' : 'sum',
                  timeAggregation: form.timeAggregation === 'mean' ? 'sum' : form.timeAggregation,
                  unit: form.unit.trim() === '' ? '%' : form.unit,
                }
              : { measureType, unit: form.unit === '%' ? '' : form.unit },
          )
        }
        error={errors.measureType}
      />
      {percentage ? (
        <CheckboxInput
          label={t('agenda.indicators.numeratorCanExceed')}
          hint={t('agenda.indicators.numeratorCanExceedHint')}
          isSelected={form.numeratorCanExceedDenominator}
          onChange={set('numeratorCanExceedDenominator')}
        />
      ) : null}
      <div className="form__grid">
        <TextInput
          label={t('agenda.indicators.unit')}
          hint={percentage ? t('agenda.indicators.unitPercentHint') : t('agenda.indicators.unitHint')}
          value={form.unit}
          onChange={set('unit')}
          error={errors.unit}
        />
        <TextInput
          label={t('agenda.indicators.decimals')}
          hint={t('agenda.indicators.decimalsHint')}
          inputMode="numeric"
          value={form.decimals}
          onChange={set('decimals')}
          error={errors.decimals}
        />
      </div>
      <OptionCards
        label={t('agenda.indicators.frequency')}
        hint={t('agenda.indicators.frequencyHint')}
        value={form.frequency}
        columns={3}
        options={FREQUENCIES.map((id) => ({ id, label: t(`frequency.${id}`) }))}
        // The first reporting period follows: the quarter that holds the month, the first month of the quarter.
        onChange={(frequency) => update({ frequency, reportingFrom: reportingFromIn(form.reportingFrom, frequency) })}
        error={errors.frequency}
      />
      <OptionCards
        label={t('agenda.indicators.direction')}
        hint={t('agenda.indicators.directionHint')}
        value={form.direction}
        columns={3}
        options={DIRECTIONS.map((id) => ({ id, label: t(`agenda.indicators.directions.${id}`), description: t(`agenda.indicators.directions.${id}Help`) }))}
        onChange={set('direction')}
        error={errors.direction}
      />
      <h3 className="form__section-title">{t('agenda.indicators.sections.combine')}</h3>
      <OptionCards
        label={t('agenda.indicators.actorAggregation')}
        hint={t('agenda.indicators.actorAggregationHint')}
        value={form.actorAggregation}
        columns={2}
        options={ACTOR_AGGREGATIONS.filter((id) => !percentage || id === 'sum' || id === 'none').map((id) => ({
          id,
          label: t(`agenda.indicators.actorAggregations.${id}`),
          description: t(percentage && id === 'sum' ? 'agenda.indicators.actorAggregations.sumPercentHelp' : `agenda.indicators.actorAggregations.${id}Help`),
        }))}
        onChange={set('actorAggregation')}
        error={errors.actorAggregation}
      />
      <OptionCards
        label={t('agenda.indicators.timeAggregation')}
        hint={t('agenda.indicators.timeAggregationHint')}
        value={form.timeAggregation}
        columns={3}
        options={TIME_AGGREGATIONS.filter((id) => !percentage || id !== 'mean').map((id) => ({
          id,
          label: t(`agenda.indicators.timeAggregations.${id}`),
          description: t(`agenda.indicators.timeAggregations.${id}Help`),
        }))}
        onChange={set('timeAggregation')}
        error={errors.timeAggregation}
      />
    </>
  );
}
