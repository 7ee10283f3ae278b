// The month grid in a DateField's popover.
import { Button, Calendar, CalendarCell, CalendarGrid, Heading } from 'react-aria-components';
import { Icon } from '../ui/Icon';

export default function DateCalendar() {
  return (
    <Calendar className="date-calendar">
      <header className="date-calendar__header">
        <Button slot="previous" className="date-calendar__nav">
          <Icon name="arrowLeft" size={18} />
        </Button>
        <Heading className="date-calendar__heading" />
        <Button slot="next" className="date-calendar__nav date-calendar__nav--next">
          <Icon name="arrowLeft" size={18} />
        </Button>
      </header>
      <CalendarGrid className="date-calendar__grid">{(date) => <CalendarCell date={date} className="date-calendar__cell" />}</CalendarGrid>
    </Calendar>
  );
}
