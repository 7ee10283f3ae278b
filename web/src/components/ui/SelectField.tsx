// The select itself: React Aria's Select (keyboard, screen readers, typeahead). Loaded by Select.tsx.
import type { Key } from 'react-aria-components';
import { Button, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue } from 'react-aria-components';
import { Icon } from './Icon';

import type { SelectProps } from './Select';

export default function SelectField<K extends string>({ label, hideLabel = false, value, options, onChange, className }: SelectProps<K>) {
  return (
    <AriaSelect
      className={['select', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key) as K);
      }}
    >
      <Label className={hideLabel ? 'visually-hidden' : 'select__label'}>{label}</Label>
      <Button className="select__button">
        <SelectValue className="select__value" />
        <Icon name="chevronDown" size={18} />
      </Button>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="select__option" textValue={option.label} lang={option.lang}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
