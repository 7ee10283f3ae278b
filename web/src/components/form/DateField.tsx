// A day typed the way the app's language writes it (sv 2025-03-14, da 14.03.2025, en 14/03/2025)
// rather than the browser's, with a calendar to pick from. The picker (React Aria's DatePicker and
// its date library) is loaded when a form first shows a date field, not with the page.
import { lazy, Suspense, type ReactNode } from 'react';

export interface DateFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  /** `YYYY-MM-DD`, or '' for no day. */
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
}

const DatePickerField = lazy(() => import('./DatePickerField'));

export function DateField(props: DateFieldProps) {
  return (
    <Suspense
      fallback={
        // The same shape while the picker loads, so the form does not jump.
        <div className={['field', props.className].filter(Boolean).join(' ')} aria-busy="true">
          <span className="field__label">{props.label}</span>
          <span className="field__input date-field__group" />
        </div>
      }
    >
      <DatePickerField {...props} />
    </Suspense>
  );
}
