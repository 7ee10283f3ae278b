import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Orientation } from '../utils/use-axes';

/** Indicators down and organisations across, or the transpose. */
export function OrientationToggle({ value, onChange }: { value: Orientation; onChange: (next: Orientation) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented-field">
      <span className="select__label" id="entry-orientation-label">
        {t('entry.orientation')}
      </span>
      <ToggleButtonGroup
        className="segmented"
        aria-labelledby="entry-orientation-label"
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[value]}
        onSelectionChange={(keys) => {
          const [next] = [...keys];
          if (next) onChange(next as Orientation);
        }}
      >
        <ToggleButton id="indicators" className="segmented__option">
          {t('entry.indicatorsAsRows')}
        </ToggleButton>
        <ToggleButton id="actors" className="segmented__option">
          {t('entry.actorsAsRows')}
        </ToggleButton>
      </ToggleButtonGroup>
    </div>
  );
}
