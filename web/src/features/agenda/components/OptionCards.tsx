import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';

export interface OptionCard<K extends string> {
  id: K;
  label: string;
  /** What choosing it means, in plain words, with an example. */
  description?: string;
}

/** A choice among a few options, each explained where it is chosen. */
export function OptionCards<K extends string>({
  label,
  hint,
  value,
  options,
  onChange,
  error,
  columns = 1,
}: {
  label: string;
  hint?: ReactNode;
  value: K;
  options: readonly OptionCard<K>[];
  onChange: (value: K) => void;
  error?: string;
  columns?: 1 | 2 | 3;
}) {
  return (
    <RadioGroup className="field option-cards" value={value} onChange={(v) => onChange(v as K)} isInvalid={Boolean(error)} validationBehavior="aria">
      <Label className="field__label">{label}</Label>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      <div className={`option-cards__grid option-cards__grid--${columns}`}>
        {options.map((o) => (
          <Radio key={o.id} value={o.id} className="option-card">
            <span className="option-card__dot" aria-hidden="true" />
            <span>
              <span className="option-card__label">{o.label}</span>
              {o.description ? (
                <>
                  {' '}
                  <span className="option-card__description">{o.description}</span>
                </>
              ) : null}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </RadioGroup>
  );
}
