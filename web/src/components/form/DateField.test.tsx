// Days typed as the app's language writes them, whatever the browser's own language.
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from 'react-aria-components';
import { DateField } from './DateField';

function Form({ locale, initial = '', onValue }: { locale: string; initial?: string; onValue: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider locale={locale}>
      <DateField
        label="Klart senast"
        hint="Valfritt"
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
      />
    </I18nProvider>
  );
}

/** What the field shows, its segments read left to right. */
function shown(group: HTMLElement) {
  return within(group)
    .getAllByRole('spinbutton')
    .map((s) => s.textContent)
    .join('|');
}

describe('DateField', () => {
  it('shows a Swedish day as 2025-03-14 and reads one typed that way', async () => {
    const values: string[] = [];
    render(<Form locale="sv-SE" initial="2025-03-14" onValue={(v) => values.push(v)} />);
    const group = await screen.findByRole('group', { name: 'Klart senast' });
    expect(group.textContent).toContain('2025-03-14');
    expect(shown(group)).toBe('2025|03|14');

    // The first segment is the year in Swedish: typing runs through year, month and day.
    const [year] = within(group).getAllByRole('spinbutton');
    await userEvent.click(year!);
    await userEvent.keyboard('20260701');
    expect(values.at(-1)).toBe('2026-07-01');
    expect(shown(group)).toBe('2026|07|01');
  });

  it('shows a Danish day as 14.03.2025 and reads one typed that way', async () => {
    const values: string[] = [];
    render(<Form locale="da-DK" initial="2025-03-14" onValue={(v) => values.push(v)} />);
    const group = await screen.findByRole('group', { name: 'Klart senast' });
    expect(group.textContent).toContain('14.03.2025');

    // Day first in Danish.
    const [day] = within(group).getAllByRole('spinbutton');
    await userEvent.click(day!);
    await userEvent.keyboard('09122026');
    expect(values.at(-1)).toBe('2026-12-09');
    expect(shown(group)).toBe('09|12|2026');
  });

  it('starts empty, is labelled with its hint, and has a calendar button', async () => {
    const values: string[] = [];
    render(<Form locale="da-DK" onValue={(v) => values.push(v)} />);
    const group = await screen.findByRole('group', { name: 'Klart senast' });
    expect(group).toHaveAccessibleDescription('Valfritt');
    expect(within(group).getAllByRole('spinbutton').every((s) => s.getAttribute('aria-valuenow') === null)).toBe(true);
    expect(within(group).getByRole('button', { name: /Kalender/ })).toBeInTheDocument();
    expect(values).toEqual([]);
  });
});
