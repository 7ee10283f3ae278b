import { useTranslation } from 'react-i18next';
import { Segmented } from '../../../components/ui/Segmented';
import type { Orientation } from '../utils/use-axes';

/** Indicators down and organisations across, or the transpose. */
export function OrientationToggle({ value, onChange }: { value: Orientation; onChange: (next: Orientation) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented
      label={t('entry.orientation')}
      value={value}
      onChange={onChange}
      options={[
        { id: 'indicators', label: t('entry.indicatorsAsRows') },
        { id: 'actors', label: t('entry.actorsAsRows') },
      ]}
    />
  );
}
