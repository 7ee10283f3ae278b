import { useTranslation } from 'react-i18next';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { CheckboxInput, TextInput } from '../../../components/form/fields';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { buildRule, ruleInWords, WEEKDAYS, type Cadence, type SimpleRule, type Weekday } from '../utils/rrule-words';

export interface CadenceState {
  /** null: the rule is written by hand in `raw`. */
  rule: SimpleRule | null;
  raw: string;
}

export function cadenceRule(state: CadenceState): string {
  return state.rule ? buildRule(state.rule) : state.raw.trim();
}

const NTH = ['1', '2', '3', '4', '-1'] as const;

/** The meeting rhythm in everyday terms: every N weeks or months, optionally on a given weekday. */
export function CadenceFields({ value, onChange, error }: { value: CadenceState; onChange: (next: CadenceState) => void; error?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rule = value.rule;
  const set = (patch: Partial<SimpleRule>) => rule && onChange({ ...value, rule: { ...rule, ...patch } });
  const words = ruleInWords(cadenceRule(value), t, (d) => formatDate(d, locale));

  return (
    <fieldset className="agenda-fieldset cadence">
      <legend className="field__label">{t('meetings.series.cadence')}</legend>
      {rule ? (
        <div className="form__grid">
          <ChoiceInput<Cadence>
            label={t('meetings.series.repeat')}
            value={rule.freq}
            options={(['WEEKLY', 'MONTHLY', 'YEARLY'] as const).map((f) => ({ id: f, label: t(`meetings.series.freq.${f}`) }))}
            onChange={(freq) => freq && set({ freq, byDay: [], setPos: null })}
          />
          <TextInput
            label={t('meetings.series.interval')}
            hint={t('meetings.series.intervalHint')}
            inputMode="numeric"
            value={String(rule.interval)}
            onChange={(text) => set({ interval: Math.max(1, Math.min(99, Number(text.replace(/\D/g, '')) || 1)) })}
          />
          {rule.freq !== 'YEARLY' ? (
            <ChoiceInput<Weekday>
              label={t('meetings.series.weekday')}
              value={rule.byDay[0] ?? null}
              noneLabel={t('meetings.series.sameDay')}
              options={WEEKDAYS.map((d) => ({ id: d, label: t(`meetings.cadence.days.${d}`) }))}
              onChange={(day) => set({ byDay: day ? [day] : [], setPos: day && rule.freq === 'MONTHLY' ? (rule.setPos ?? 1) : null })}
            />
          ) : null}
          {rule.freq === 'MONTHLY' && rule.byDay.length === 1 ? (
            <ChoiceInput<(typeof NTH)[number]>
              label={t('meetings.series.whichWeek')}
              value={String(rule.setPos ?? 1) as (typeof NTH)[number]}
              options={NTH.map((n) => ({ id: n, label: t(`meetings.cadence.nth.${n === '-1' ? 'last' : n}`) }))}
              onChange={(n) => n && set({ setPos: Number(n) })}
            />
          ) : null}
        </div>
      ) : (
        <TextInput label={t('meetings.series.raw')} hint={t('meetings.series.rawHint')} value={value.raw} onChange={(raw) => onChange({ ...value, raw })} error={error} />
      )}
      <p className="cadence__words" aria-live="polite">
        {words ? t('meetings.series.preview', { words }) : t('meetings.series.notUnderstood')}
      </p>
      <CheckboxInput
        label={t('meetings.series.writeRule')}
        isSelected={rule === null}
        onChange={(own) =>
          onChange(own ? { rule: null, raw: cadenceRule(value) } : { rule: { freq: 'MONTHLY', interval: 3, byDay: [], setPos: null, count: null, until: null }, raw: value.raw })
        }
      />
      {error && rule ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
