// A labelled choice of one among a few options, drawn as joined buttons (frequency, view, orientation).
import { useId } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';

export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
  isDisabled,
}: {
  label: string;
  value: T;
  options: readonly { id: T; label: string }[];
  onChange: (next: T) => void;
  isDisabled?: boolean;
}) {
  const labelId = useId();
  return (
    <div className="segmented-field">
      <span className="select__label" id={labelId}>
        {label}
      </span>
      <ToggleButtonGroup
        className="segmented"
        aria-labelledby={labelId}
        selectionMode="single"
        disallowEmptySelection
        isDisabled={isDisabled}
        selectedKeys={[value]}
        onSelectionChange={(keys) => {
          const [next] = [...keys];
          if (next !== undefined && next !== value) onChange(String(next) as T);
        }}
      >
        {options.map((o) => (
          <ToggleButton key={o.id} id={o.id} className="segmented__option">
            {o.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </div>
  );
}
