// The entry sheet shows a period as locked by the same rule the server applies: through a chosen
// period, or automatically once its due date has passed. The clock is fixed at 2 May 2025, when
// 2025-Q1 (due 30 April with 30 reporting days) is past due.
import { screen } from '@testing-library/react';
import { giveLayoutSize, renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, initiativeWire, measurementPage, meWire } from '../../test/api-fixtures';

const bridge = actorWire(1, 'Bridge Club');
const homework = indicatorWire(1, 'A1', 'Homework help hours', { decimals: 1, unit: 'hours' });

function api(settings: Parameters<typeof initiativeWire>[0]) {
  stubApi([
    { path: '/me', answer: { body: meWire('backbone') } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire(settings) } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [homework] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge] } } },
    { path: `/initiatives/${INITIATIVE_ID}/measurements`, answer: { body: measurementPage([]) } },
  ]);
}

async function open(period: string) {
  await renderApp(`/i/${INITIATIVE_ID}/entry?period=${period}`);
  await screen.findByText('Bridge Club');
}

beforeEach(() => {
  giveLayoutSize();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-05-02T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('locked periods in data entry', () => {
  it('shows a period past its due date as locked when the initiative locks automatically', async () => {
    api({ autoLock: true, reportingDeadlineDays: 30 });
    await open('2025-Q1');
    expect(screen.getByText('The period is locked: its figures were due on 30 Apr 2025 and can no longer be changed.')).toBeInTheDocument();
  });

  it('leaves it open without automatic locking', async () => {
    api({ autoLock: false, reportingDeadlineDays: 30 });
    await open('2025-Q1');
    expect(screen.queryByText(/The period is locked/)).not.toBeInTheDocument();
  });

  it('leaves it open while its due date has not passed (45 days: due 15 May)', async () => {
    api({ autoLock: true, reportingDeadlineDays: 45 });
    await open('2025-Q1');
    expect(screen.queryByText(/The period is locked/)).not.toBeInTheDocument();
  });

  it('still names the chosen period when that lock applies', async () => {
    api({ autoLock: true, lockedThrough: '2025-Q1' });
    await open('2025-Q1');
    expect(screen.getByText('This period is closed: figures up to and including Q1 2025 can no longer be changed.')).toBeInTheDocument();
  });
});
