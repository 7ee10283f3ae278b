import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listOf, meetingPack, type Role } from '@ci/shared';
import { AppProvider } from '../../app/provider';
import { createQueryClient } from '../../app/query-client';
import { InitiativeProvider } from '../../lib/initiative';
import { stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, uuid } from '../../test/api-fixtures';
import { MeetingPacks } from './components/MeetingPacks';

const MEETING_ID = uuid(800);
const packsPath = `/initiatives/${INITIATIVE_ID}/meetings/${MEETING_ID}/packs`;

const packWire = (n: number, fileName: string, sizeBytes: number) =>
  meetingPack.encode(
    meetingPack.parse({
      id: uuid(810 + n),
      meetingId: MEETING_ID,
      fileName,
      sizeBytes,
      fromPeriod: null,
      toPeriod: '2025-Q1',
      createdBy: uuid(900),
      createdAt: '2025-04-10T14:05:00.000Z',
    }),
  );

function renderPacks(role: Role) {
  const queryClient = createQueryClient();
  return render(
    <AppProvider queryClient={queryClient}>
      <InitiativeProvider membership={{ initiativeId: INITIATIVE_ID, initiativeName: 'Northside Together', role, actorIds: [] }}>
        <MeetingPacks meetingId={MEETING_ID} />
      </InitiativeProvider>
    </AppProvider>,
  );
}

describe('meeting packs', () => {
  it('freezes the figures for a meeting and lists the pack for download', async () => {
    const stored = [packWire(1, 'northside-pack-2025-04-10-2025-Q1.pdf', 1_234_567)];
    let finish = () => {};
    const rendered = new Promise<void>((resolve) => (finish = resolve));
    const { calls } = stubApi([
      { path: packsPath, answer: () => ({ body: listOf(meetingPack).encode(listOf(meetingPack).parse({ items: stored })) }) },
      {
        method: 'POST',
        path: packsPath,
        answer: async () => {
          await rendered;
          const created = packWire(2, 'northside-pack-2025-04-10-2025-Q1-2.pdf', 840_000);
          stored.unshift(created);
          return { status: 201, body: created };
        },
      },
    ]);
    renderPacks('backbone');
    const user = userEvent.setup();

    const first = await screen.findByRole('link', { name: 'northside-pack-2025-04-10-2025-Q1.pdf' });
    expect(first).toHaveAttribute('href', `/api/v1${packsPath}/${uuid(811)}.pdf`);
    expect(first.closest('li')).toHaveTextContent('1.2 MB');
    expect(first.closest('li')).toHaveTextContent('up to Q1 2025');

    await user.click(screen.getByRole('button', { name: 'Freeze the figures for this meeting' }));
    // Making the PDF takes a while; the page shows that it is working on it.
    expect(await screen.findByRole('progressbar', { name: 'Freezing the figures…' })).toBeInTheDocument();
    finish();
    expect(await screen.findByText('Frozen: northside-pack-2025-04-10-2025-Q1-2.pdf')).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(await within(list).findByRole('link', { name: 'northside-pack-2025-04-10-2025-Q1-2.pdf' })).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({});
  });

  it('lets a partner download packs but not freeze new ones', async () => {
    stubApi([{ path: packsPath, answer: { body: { items: [] } } }]);
    renderPacks('partner');
    expect(await screen.findByText('The figures have not been frozen for this meeting yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Freeze the figures for this meeting' })).not.toBeInTheDocument();
  });
});
