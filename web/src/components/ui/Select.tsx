// A labelled single choice. The widget's code (React Aria's Select, list box and popover) is
// loaded on first use, so the first page can be drawn without it; until then the same box is
// shown with the current value.
import { lazy, Suspense, type ComponentType } from 'react';
import { Icon } from './Icon';

export interface SelectOption<K extends string> {
  id: K;
  label: string;
  /** Optional language of the label (e.g. each language's own name). */
  lang?: string;
}

export interface SelectProps<K extends string> {
  label: string;
  hideLabel?: boolean;
  value: K;
  options: SelectOption<K>[];
  onChange: (value: K) => void;
  className?: string;
}

const SelectField = lazy(() => import('./SelectField')) as unknown as ComponentType<SelectProps<string>>;

function SelectPlaceholder({ label, hideLabel, value, options, className }: SelectProps<string>) {
  const current = options.find((o) => o.id === value);
  return (
    <div className={['select', className].filter(Boolean).join(' ')}>
      <span className={hideLabel ? 'visually-hidden' : 'select__label'}>{label}</span>
      <span className="select__button select__button--loading">
        <span className="select__value" lang={current?.lang}>
          {current?.label ?? ''}
        </span>
        <Icon name="chevronDown" size={18} />
      </span>
    </div>
  );
}

export function Select<K extends string>(props: SelectProps<K>) {
  const untyped = props as unknown as SelectProps<string>;
  return (
    <Suspense fallback={<SelectPlaceholder {...untyped} />}>
      <SelectField {...untyped} />
    </Suspense>
  );
}
