// Labelled form inputs on React Aria: every input has a visible label, an optional plain-language
// hint, and its error message next to it (announced with the field).
import type { ReactNode } from 'react';
import {
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { Icon } from '../ui/Icon';
import './form.css';

interface Common {
  label: string;
  /** A sentence or two in plain words under the label. */
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
}

function Hint({ hint }: { hint?: ReactNode }) {
  return hint ? (
    <Text slot="description" className="field__hint">
      {hint}
    </Text>
  ) : null;
}

export function TextInput({
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  isRequired,
  isDisabled,
  className,
  inputMode,
  autoComplete,
  placeholder,
  onBlur,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  /** When the field is left, e.g. to rewrite what was typed in the app's own form. */
  onBlur?: () => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'datetime-local' | 'time';
  inputMode?: 'decimal' | 'numeric' | 'text';
  autoComplete?: string;
  placeholder?: string;
}) {
  // Days go through DateField: a native date input follows the browser's language, not the app's.
  return (
    <TextField
      className={['field', className].filter(Boolean).join(' ')}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <Input
        className="field__input"
        type={type as 'text'}
        inputMode={inputMode}
        autoComplete={autoComplete}
        placeholder={placeholder}
      />
      <Hint hint={hint} />
      <FieldError className="field__error">{error}</FieldError>
    </TextField>
  );
}

export function TextAreaInput({
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
  isRequired,
  isDisabled,
  className,
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <TextField
      className={['field', className].filter(Boolean).join(' ')}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <TextArea className="field__input field__input--area" rows={rows} />
      <Hint hint={hint} />
      <FieldError className="field__error">{error}</FieldError>
    </TextField>
  );
}

export function CheckboxInput({
  label,
  hint,
  isSelected,
  onChange,
  isDisabled,
}: {
  label: string;
  hint?: ReactNode;
  isSelected: boolean;
  onChange: (value: boolean) => void;
  isDisabled?: boolean;
}) {
  return (
    <div className="checkbox-field">
      <Checkbox className="checkbox" isSelected={isSelected} onChange={onChange} isDisabled={isDisabled}>
        {({ isSelected: on }) => (
          <>
            <span className="checkbox__box" aria-hidden="true">
              {on ? <Icon name="check" size={16} /> : null}
            </span>
            <span>{label}</span>
          </>
        )}
      </Checkbox>
      {hint ? <p className="field__hint">{hint}</p> : null}
    </div>
  );
}

export interface CheckOption {
  id: string;
  label: string;
}

/** Several choices among a list (actors, goals, indicators): a scrollable group of checkboxes. */
export function CheckboxList({
  label,
  hint,
  error,
  options,
  value,
  onChange,
  isDisabled,
  emptyText,
}: Common & {
  options: CheckOption[];
  value: string[];
  onChange: (value: string[]) => void;
  emptyText?: string;
}) {
  return (
    <CheckboxGroup
      className="field checkbox-list"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <Hint hint={hint} />
      <div className="checkbox-list__box">
        {options.length === 0 && emptyText ? <p className="muted small">{emptyText}</p> : null}
        {options.map((o) => (
          <Checkbox key={o.id} value={o.id} className="checkbox">
            {({ isSelected }) => (
              <>
                <span className="checkbox__box" aria-hidden="true">
                  {isSelected ? <Icon name="check" size={16} /> : null}
                </span>
                <span>{o.label}</span>
              </>
            )}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </CheckboxGroup>
  );
}
