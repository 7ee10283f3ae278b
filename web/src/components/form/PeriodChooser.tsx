import { Segmented } from '../ui/Segmented';
import { useTranslation } from 'react-i18next';
import { frequencyOf, type Frequency } from '@ci/shared';
import { useLocale } from '../../i18n';
import { formatPeriod } from '../../lib/format';
import { defaultPeriod, periodOptions } from '../../lib/period-options';
import { ChoiceInput } from './ChoiceInput';

/** How often (month, quarter, …) and which period; only frequencies some indicator uses. */
export function PeriodChooser({
  period,
  frequencies,
  onChange,
  isDisabled = false,
  disabledHint,
  labels,
}: {
  period: string;
  frequencies: readonly Frequency[];
  onChange: (period: string) => void;
  isDisabled?: boolean;
  /** Why the choice is locked, shown under it. */
  disabledHint?: string;
  /** Other words than "Reported per" and "Period", where the choice is not about reporting. */
  labels?: { frequency?: string; period?: string };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const frequency = frequencyOf(period);
  const hint = isDisabled ? disabledHint : undefined;
  return (
    <div className="toolbar period-chooser">
      {frequencies.length > 1 ? (
        <Segmented
          label={labels?.frequency ?? t('formFields.frequency')}
          value={frequency}
          isDisabled={isDisabled}
          onChange={(next) => onChange(defaultPeriod(next))}
          options={frequencies.map((f) => ({ id: f, label: t(`frequency.${f}`) }))}
        />
      ) : null}
      <ChoiceInput
        label={labels?.period ?? t('formFields.period')}
        value={period}
        options={periodOptions(frequency, new Date(), period).map((key) => ({ id: key, label: formatPeriod(key, locale) }))}
        onChange={(next) => next && onChange(next)}
        isDisabled={isDisabled}
        hint={hint}
      />
    </div>
  );
}
