import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { todoResponse, type Role } from '@ci/shared';
import { stubFetch } from '../../../test/fetch';
import { ACTOR_ID, IDS, INITIATIVE_ID, meFor, overviewPayload } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { initI18n } from '../../../i18n';

const about = (indicatorId: string, code: string, name: string, period: string, dueDate: string) => ({
  indicatorId,
  indicatorCode: code,
  indicatorName: name,
  frequency: period.includes('Q') ? ('quarter' as const) : ('month' as const),
  actorId: ACTOR_ID,
  actorName: 'Läxhjälpsföreningen',
  period,
  dueDate,
});

const todo = todoResponse.encode({
  today: '2025-10-15',
  items: [
    { kind: 'late', ...about(IDS.indicatorHomework, 'A2', 'Deltagare i läxhjälp', '2025-06', '2025-07-30'), hasDraft: false },
    {
      kind: 'returned',
      ...about(IDS.indicatorInternships, 'B1', 'Unga i praktik', '2025-Q2', '2025-07-30'),
      measurementId: 'f1f2f3f4-f5f6-4f7f-8f9f-f0f1f2f3f4f5',
      reason: 'Räknade ni sommarpraktiken två gånger?',
      version: 3,
    },
    { kind: 'missing', ...about(IDS.indicatorGrades, 'A1', 'Elever i årskurs 9 med godkända betyg', '2025-Q3', '2025-10-30'), hasDraft: true },
  ],
});

function api(role: Role, answer: unknown = todo) {
  return stubFetch({
    'GET /me': { body: meFor(role) },
    'GET /initiatives/*/overview': { body: overviewPayload },
    'GET /initiatives/*/todo': { body: answer },
  });
}

describe('the to-do card on the overview', () => {
  it('lists what a partner has to send, correct or chase, each linked to its cell in the entry sheet', async () => {
    api('partner');
    renderApp(`/i/${INITIATIVE_ID}`);
    const card = await screen.findByRole('region', { name: /To do/ });
    const items = await within(card).findAllByRole('listitem');
    expect(items).toHaveLength(3);

    expect(items[0]).toHaveTextContent('Late');
    expect(items[0]).toHaveTextContent('Was due 30 Jul');
    expect(items[1]).toHaveTextContent('Sent back');
    expect(items[1]).toHaveTextContent('Reason: Räknade ni sommarpraktiken två gånger?');
    expect(items[1]).toHaveTextContent('Q2 2025');
    expect(items[2]).toHaveTextContent('Due now');
    expect(items[2]).toHaveTextContent('By 30 Oct');
    expect(items[2]).toHaveTextContent('A draft is saved but not submitted.');

    const link = within(items[1]!).getByRole('link', { name: 'B1 Unga i praktik' });
    const href = new URL(link.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe(`/i/${INITIATIVE_ID}/entry`);
    expect(Object.fromEntries(href.searchParams)).toEqual({ period: '2025-Q2', indicator: IDS.indicatorInternships, actor: ACTOR_ID });
    // One organisation: its name is not repeated on every line.
    expect(card).not.toHaveTextContent('Läxhjälpsföreningen');
  });

  it('speaks the partner’s language and shows the whole list on request', async () => {
    await initI18n('sv');
    const many = todoResponse.encode({
      today: '2025-10-15',
      items: Array.from({ length: 7 }, (_, i) => ({
        kind: 'missing' as const,
        ...about(IDS.indicatorHomework, 'A2', 'Deltagare i läxhjälp', `2025-0${i + 1}`, '2025-10-30'),
        hasDraft: false,
      })),
    });
    api('partner', many);
    renderApp(`/i/${INITIATIVE_ID}`);
    const card = await screen.findByRole('region', { name: /Att göra/ });
    expect(await within(card).findAllByRole('listitem')).toHaveLength(5);
    expect(within(card).getAllByText('Senast 30 okt.')).toHaveLength(5);
    await userEvent.click(within(card).getByRole('button', { name: 'Visa alla 7' }));
    expect(within(card).getAllByRole('listitem')).toHaveLength(7);
  });

  it('tells a partner with nothing to do that all its figures are in', async () => {
    api('partner', { today: '2025-10-15', items: [] });
    renderApp(`/i/${INITIATIVE_ID}`);
    const card = await screen.findByRole('region', { name: /To do/ });
    expect(await within(card).findByText('Nothing to do – all your figures are in.')).toBeInTheDocument();
  });

  it('shows the backbone its population-level to-dos only when there are some, and never asks for the steering group', async () => {
    const backbone = api('backbone', { today: '2025-10-15', items: [] });
    const first = renderApp(`/i/${INITIATIVE_ID}`);
    await screen.findByText(overviewPayload.initiative.vision);
    await waitFor(() => expect(backbone.requests.some((r) => r.path.endsWith('/todo'))).toBe(true));
    // The answer has been read (an empty list), and still no card.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: /To do/ })).not.toBeInTheDocument();
    first.unmount();

    const { requests } = api('steering');
    renderApp(`/i/${INITIATIVE_ID}`);
    await screen.findByText(overviewPayload.initiative.vision);
    expect(screen.queryByRole('region', { name: /To do/ })).not.toBeInTheDocument();
    expect(requests.some((r) => r.path.endsWith('/todo'))).toBe(false);
  });

  it('shows the backbone the whole-area values it has to report', async () => {
    const area = todoResponse.encode({
      today: '2025-10-15',
      items: [{ kind: 'missing', ...about(IDS.indicatorSummerJobs, 'B2', 'Sommarjobb för unga', '2025-Q3', '2025-10-30'), actorId: null, actorName: null, hasDraft: false }],
    });
    api('backbone', area);
    renderApp(`/i/${INITIATIVE_ID}`);
    const card = await screen.findByRole('region', { name: /To do/ });
    expect(await within(card).findByText(/Whole area/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'B2 Sommarjobb för unga' })).toHaveAttribute(
      'href',
      `/i/${INITIATIVE_ID}/entry?period=2025-Q3&indicator=${IDS.indicatorSummerJobs}`,
    );
  });
});
