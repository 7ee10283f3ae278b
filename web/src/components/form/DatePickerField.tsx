// A day typed the way the person's language writes it (sv 2025-03-14, da 14.03.2025,
// en 14/03/2025), whatever language the browser itself runs in: React Aria's DatePicker, with each
// part of the date a keyboard-editable segment and a calendar to pick from. The value stays ISO
// (`YYYY-MM-DD`, '' for none). Loaded through DateField, only where a date is asked for.
import { useMemo } from 'react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { Button, DateInput, DatePicker, DateSegment, Dialog, FieldError, Group, Label, Popover, Text } from 'react-aria-components';
import { Icon } from '../ui/Icon';
import DateCalendar from './DateCalendar';
import type { DateFieldProps } from './DateField';
import './date-field.css';

function toDate(value: string): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

export default function DatePickerField({ label, hint, error, value, onChange, isRequired, isDisabled, className }: DateFieldProps) {
  const date = useMemo(() => toDate(value), [value]);
  return (
    <DatePicker
      className={['field date-field', className].filter(Boolean).join(' ')}
      value={date}
      onChange={(next) => onChange(next ? next.toString() : '')}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
      granularity="day"
      shouldForceLeadingZeros
    >
      <Label className="field__label">{label}</Label>
      <Group className="field__input date-field__group">
        <DateInput className="date-field__input">{(segment) => <DateSegment segment={segment} className="date-field__segment" />}</DateInput>
        <Button className="date-field__button">
          <Icon name="calendar" size={18} />
        </Button>
      </Group>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="date-field__popover" placement="bottom start">
        <Dialog className="date-field__dialog">
          <DateCalendar />
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
