import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notificationList, type NotificationList } from '@ci/shared';
import { renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, meWire, uuid } from '../../test/api-fixtures';

afterEach(() => vi.unstubAllGlobals());

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function listWire(unread: number, readAt: string | null = null): NotificationList {
  const body = {
    items: [
      {
        id: uuid(501),
        initiativeId: INITIATIVE_ID,
        initiativeName: 'Northside Together',
        kind: 'reminder',
        params: {
          actorId: uuid(101),
          actorName: 'Bridge Club',
          period: '2025-Q1',
          dueDate: '2025-04-30',
          senderName: 'Anna',
          indicators: [{ id: uuid(201), code: 'A1', name: 'Homework help hours' }],
        },
        link: `/i/${INITIATIVE_ID}/entry?period=2025-Q1`,
        readAt,
        createdAt: minutesAgo(5),
      },
      {
        id: uuid(502),
        initiativeId: INITIATIVE_ID,
        initiativeName: 'Northside Together',
        kind: 'value_returned',
        params: { reason: 'Counted twice?', values: [{ indicatorName: 'Pupils passing', actorName: 'Bridge Club', period: '2025-Q1' }] },
        link: `/i/${INITIATIVE_ID}/entry?period=2025-Q1`,
        readAt: minutesAgo(60),
        createdAt: minutesAgo(3 * 24 * 60),
      },
    ],
    total: 2,
    limit: 20,
    offset: 0,
    unread,
  };
  notificationList.parse(body);
  return body as unknown as NotificationList;
}

describe('the notification bell', () => {
  it('shows the unread count, lists the notifications in words, and marks all read', async () => {
    let unread = 1;
    const { calls } = stubApi([
      { path: '/me', answer: { body: meWire('partner', [uuid(101)]) } },
      { path: '/me/notifications', answer: () => ({ body: listWire(unread, unread ? null : minutesAgo(0)) }) },
      {
        method: 'POST',
        path: '/me/notifications/read',
        answer: () => {
          unread = 0;
          return { body: { marked: 1, unread: 0 } };
        },
      },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/nowhere`);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await userEvent.click(bell);
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const items = within(dialog).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Reminder from Anna: Bridge Club has not yet reported Homework help hours for Q1 2025 (due by 30 Apr 2025)');
    expect(items[0]).toHaveTextContent('Unread:');
    expect(items[0]).toHaveTextContent('5 minutes ago');
    expect(within(items[0]).getByRole('link')).toHaveAttribute('href', `/i/${INITIATIVE_ID}/entry?period=2025-Q1`);
    const returned = items.find((i) => i.textContent?.includes('Pupils passing'))!;
    expect(returned).toHaveTextContent('Pupils passing (Bridge Club, Q1 2025) was sent back for correction: Counted twice?');
    expect(returned).toHaveTextContent('3 days ago');
    expect(returned).not.toHaveTextContent('Unread:');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark all read' }));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ all: true });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')[0]).not.toHaveTextContent('Unread:'));
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('marks a notification read when it is opened and goes where it points', async () => {
    const { calls } = stubApi([
      { path: '/me', answer: { body: meWire('partner', [uuid(101)]) } },
      { path: '/me/notifications', answer: { body: listWire(1) } },
      { method: 'POST', path: '/me/notifications/read', answer: { body: { marked: 1, unread: 0 } } },
    ]);
    const { router } = await renderApp(`/i/${INITIATIVE_ID}/nowhere`, 'sv');
    await userEvent.click(await screen.findByRole('button', { name: 'Notiser, 1 oläst' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notiser' });
    await userEvent.click(within(dialog).getByRole('link', { name: /Påminnelse från Anna: Bridge Club har ännu inte rapporterat/ }));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ ids: [uuid(501)] });
    expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}/entry`);
    expect(router.state.location.search).toBe('?period=2025-Q1');
  });
});

describe('the account menu', () => {
  it('turns the daily e-mail off', async () => {
    const { calls } = stubApi([
      { path: '/me', answer: { body: meWire('backbone') } },
      { path: '/me/notifications', answer: { body: listWire(0, minutesAgo(1)) } },
      {
        method: 'PATCH',
        path: '/me',
        answer: ({ body }) => {
          const me = meWire('backbone');
          return { body: { ...me, user: { ...me.user, ...(body as object) } } };
        },
      },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/nowhere`);
    await userEvent.click(await screen.findByRole('button', { name: 'Account: Backbone Person' }));
    const box = await screen.findByRole('checkbox', { name: 'E-mail me a daily summary of my notifications' });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ emailPreference: 'off' });
    expect(await screen.findByRole('checkbox', { name: 'E-mail me a daily summary of my notifications' })).not.toBeChecked();
  });
});
