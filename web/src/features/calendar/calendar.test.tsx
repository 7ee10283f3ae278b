import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendarFeeds } from '@ci/shared';
import { renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, meWire } from '../../test/api-fixtures';

const feedsWith = (token: string) =>
  calendarFeeds.parse({
    token,
    urls: [{ initiativeId: INITIATIVE_ID, initiativeName: 'Northside Together', url: `https://ci.example.org/api/v1/calendar/${token}/${INITIATIVE_ID}.ics` }],
  });

describe('calendar subscription', () => {
  it('shows the personal link, copies it, and renews it only after a warning', async () => {
    const { calls } = stubApi([
      { path: '/me', answer: { body: meWire('partner') } },
      { path: '/me/calendar', answer: { body: feedsWith('old-secret') } },
      { method: 'POST', path: '/me/calendar/renew', answer: { body: feedsWith('new-secret') } },
      { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [] } } },
      { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: { items: [] } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/reports`);
    const user = userEvent.setup();

    const field = await screen.findByRole('textbox', { name: 'Your calendar link' });
    expect(field).toHaveValue(`https://ci.example.org/api/v1/calendar/old-secret/${INITIATIVE_ID}.ics`);
    expect(field).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`https://ci.example.org/api/v1/calendar/old-secret/${INITIATIVE_ID}.ics`);
    expect(screen.getByText('The link is copied. Paste it into your calendar.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Renew the link' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Renew your calendar link?' });
    expect(dialog).toHaveTextContent('the old one stops working at once');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Renew the link' }));
    expect(await screen.findByText('You have a new link. The old one no longer works.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your calendar link' })).toHaveValue(`https://ci.example.org/api/v1/calendar/new-secret/${INITIATIVE_ID}.ics`);
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/me/calendar/renew')).toHaveLength(1);
  });
});
