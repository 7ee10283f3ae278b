import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { attendancePeriod, listOf, needMatches, type Role } from '@ci/shared';
import { stubFetch } from '../../../test/fetch';
import { ACTOR_ID, INITIATIVE_ID, meFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { actorWire } from '../../../test/api-fixtures';

const SCHOOL = '00000000-0000-4000-8000-000000000002';
const CLUB = '00000000-0000-4000-8000-000000000003';
const HOUSING = '00000000-0000-4000-8000-000000000004';

const library = actorWire(1, 'Hagby bibliotek', {
  id: ACTOR_ID,
  sector: 'public',
  competences: ['Lokaler', 'Läxhjälp'],
  needs: ['Volontärer', 'Trygghet'],
});

// As the server computes them: the library's need of volunteers is met by the club; its premises
// and homework help meet the school's and the club's needs.
const matches = needMatches.parse({
  items: [
    { actorId: CLUB, actorName: 'Hagby IF', need: 'Lokalen på kvällar', offers: [{ actorId: ACTOR_ID, actorName: 'Hagby bibliotek', competences: ['Lokaler'] }, { actorId: HOUSING, actorName: 'Bostads AB Hagby', competences: ['Lokaler'] }] },
    { actorId: ACTOR_ID, actorName: 'Hagby bibliotek', need: 'Volontärer', offers: [{ actorId: CLUB, actorName: 'Hagby IF', competences: ['Frivilliga ledare'] }] },
    { actorId: SCHOOL, actorName: 'Hagbyskolan', need: 'Homework help', offers: [{ actorId: ACTOR_ID, actorName: 'Hagby bibliotek', competences: ['Läxhjälp'] }] },
  ],
});

// As the server counts them: per quarter, the meetings held with attendance taken, those the
// library came to and the people it sent.
const attendance = listOf(attendancePeriod).parse({
  items: [
    { period: '2024-Q4', held: 2, attended: 1, people: 3 },
    { period: '2025-Q1', held: 3, attended: 2, people: 4 },
  ],
});

function open(role: Role, shown = library) {
  const stub = stubFetch({
    'GET /me': { body: meFor(role) },
    'GET /initiatives/*/actors/matches': { body: matches },
    [`GET /initiatives/*/actors/${ACTOR_ID}`]: { body: shown },
    [`GET /initiatives/*/actors/${ACTOR_ID}/attendance`]: { body: attendance },
  });
  renderApp(`/i/${INITIATIVE_ID}/actors/${ACTOR_ID}`);
  return stub;
}

const section = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section')!;

describe('actor page: needs meet competences', () => {
  it('tells one’s own organisation who can help it and whom it can help, naming the entries', async () => {
    open('partner');
    const helpYou = await section('Can help you with');
    const item = await within(helpYou).findByText('Volontärer');
    expect(item.closest('li')).toHaveTextContent('VolontärerHagby IF offers Frivilliga ledare');
    expect(within(helpYou).getByRole('link', { name: 'Hagby IF' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/actors/${CLUB}`);
    // "Trygghet" meets no offer: it is not listed.
    expect(within(helpYou).queryByText('Trygghet')).toBeNull();

    const youHelp = await section('You can help');
    const rows = within(youHelp).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Hagby IF is looking for Lokalen på kvällarYou offer Lokaler',
      'Hagbyskolan is looking for Homework helpYou offer Läxhjälp',
    ]);
    expect(within(youHelp).getByRole('link', { name: 'Hagbyskolan' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/actors/${SCHOOL}`);
  });

  it('speaks of the organisation, not of "you", to everyone else', async () => {
    open('steering');
    const helpThem = await section('Can help them with');
    await waitFor(() => expect(helpThem).toHaveTextContent('Hagby IF offers Frivilliga ledare'));
    expect(await section('They can help')).toHaveTextContent('This actor offers Läxhjälp');
    expect(screen.queryByRole('heading', { name: 'Can help you with' })).toBeNull();
  });

  it('suggests nothing for an organisation that has left', async () => {
    open('steering', { ...library, joinedOn: '2020-01-01', leftOn: '2024-06-30' });
    await screen.findByRole('heading', { level: 1, name: 'Hagby bibliotek' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Can offer' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Can help them with' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'They can help' })).toBeNull();
  });

  it('shows the meeting attendance per quarter from one request, without reading any meeting', async () => {
    const { requests } = open('steering');
    const attended = await section('Meeting attendance');
    const table = await within(attended).findByRole('table');
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'PeriodMeetings attendedMeetings heldPeople',
      'Q4 2024123',
      'Q1 2025234',
    ]);
    expect(attended).toHaveTextContent('Took part in 3 of 5 meetings.');
    expect(requests.filter((r) => r.path.includes('/meetings') || r.path.endsWith('/attendance')).map((r) => r.path)).toEqual([
      `/initiatives/${INITIATIVE_ID}/actors/${ACTOR_ID}/attendance`,
    ]);
  });
});
