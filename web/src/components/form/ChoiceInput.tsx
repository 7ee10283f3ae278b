// One choice from a list, with a hint and an error message: React Aria's Select (keyboard, screen
// readers, typeahead). `null` is offered as its own option when `noneLabel` is given.
import type { ReactNode } from 'react';
import type { Key } from 'react-aria-components';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { Icon } from '../ui/Icon';

const NONE = '\u0000none';

export interface ChoiceOption<K extends string> {
  id: K;
  label: string;
}

export function ChoiceInput<K extends string>({
  label,
  hint,
  error,
  value,
  options,
  onChange,
  noneLabel,
  isDisabled,
  className,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: K | null;
  options: ChoiceOption<K>[];
  onChange: (value: K | null) => void;
  /** Offer "none" (null) with this label. */
  noneLabel?: string;
  isDisabled?: boolean;
  className?: string;
}) {
  const items = noneLabel ? [{ id: NONE, label: noneLabel }, ...options] : options;
  return (
    <Select
      className={['select field', className].filter(Boolean).join(' ')}
      value={value ?? (noneLabel ? NONE : null)}
      onChange={(key: Key | null) => {
        if (key === null) return;
        onChange(key === NONE ? null : (String(key) as K));
      }}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <Label className="select__label">{label}</Label>
      <Button className="select__button">
        <SelectValue className="select__value" />
        <Icon name="chevronDown" size={18} />
      </Button>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="select__popover">
        <ListBox className="select__list" items={items}>
          {(option) => (
            <ListBoxItem id={option.id} className="select__option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
