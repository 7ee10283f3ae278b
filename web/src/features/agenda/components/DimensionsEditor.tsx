import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../components/form/fields';
import type { FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import type { DimensionDraft } from '../utils/indicator-form';
import { TagInput } from '../../../components/form/TagInput';

/**
 * Breakdowns of an indicator (gender, age band), each with its categories. Existing dimensions
 * and categories keep their ids, so the values already entered for them stay attached.
 */
export function DimensionsEditor({ value, onChange, errors }: { value: DimensionDraft[]; onChange: (next: DimensionDraft[]) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  const setDimension = (n: number, patch: Partial<DimensionDraft>) => onChange(value.map((d, i) => (i === n ? { ...d, ...patch } : d)));
  return (
    <fieldset className="agenda-fieldset">
      <legend className="field__label">{t('agenda.indicators.dimensions')}</legend>
      <p className="field__hint">{t('agenda.indicators.dimensionsHint')}</p>
      {value.map((d, n) => (
        <div key={d.id ?? `new-${n}`} className="agenda-dimension">
          <div className="form__row">
            <TextInput
              className="field--grow"
              label={t('agenda.indicators.dimensionName', { n: n + 1 })}
              value={d.name}
              onChange={(name) => setDimension(n, { name })}
              error={errors[`dimensions.${n}.name`]}
            />
            <Button variant="quiet" onPress={() => onChange(value.filter((_, i) => i !== n))} aria-label={t('agenda.indicators.removeDimension', { name: d.name || n + 1 })}>
              {t('agenda.remove')}
            </Button>
          </div>
          <TagInput
            label={t('agenda.indicators.categories')}
            addLabel={t('agenda.indicators.addCategory')}
            value={d.categories.map((c) => c.name)}
            onChange={(names) => setDimension(n, { categories: names.map((name) => d.categories.find((c) => c.name === name) ?? { name }) })}
            error={errors[`dimensions.${n}.categories`] ?? Object.entries(errors).find(([k]) => k.startsWith(`dimensions.${n}.categories.`))?.[1]}
          />
        </div>
      ))}
      <div>
        <Button className="button--small" onPress={() => onChange([...value, { name: '', categories: [] }])}>
          {t('agenda.indicators.addDimension')}
        </Button>
      </div>
    </fieldset>
  );
}
