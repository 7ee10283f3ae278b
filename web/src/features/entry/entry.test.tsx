import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { giveLayoutSize, pasteText, renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import {
  INITIATIVE_ID,
  actorWire,
  indicatorWire,
  initiativeWire,
  measurementPage,
  measurementWire,
  meWire,
} from '../../test/api-fixtures';

const PERIOD = '2025-Q1';
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School', { sector: 'education' });
const youth = actorWire(3, 'Youth Centre');
const homework = indicatorWire(1, 'A1', 'Homework help hours', { decimals: 1, unit: 'hours' });
const attendance = indicatorWire(2, 'A2', 'Attendance hours', { decimals: 1, unit: 'hours' });
const passRate = indicatorWire(3, 'A3', 'Pupils passing', { measureType: 'percentage', unit: '%' });
const unemployment = indicatorWire(4, 'B1', 'Youth unemployment in the area', { actorAggregation: 'none', timeAggregation: 'last' });
const saved = measurementWire(1, { indicatorId: homework.id, actorId: bridge.id, period: PERIOD, value: 12, version: 3 });

function api(role: Role, actorIds: string[] = [], extra: ApiRoute[] = []) {
  return stubApi([
    ...extra,
    { path: '/me', answer: { body: meWire(role, actorIds) } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [homework, attendance, passRate, unemployment] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [youth, school, bridge] } } },
    { path: `/initiatives/${INITIATIVE_ID}/measurements`, answer: { body: measurementPage([saved]) } },
  ]);
}

async function openSheet() {
  await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
  await screen.findByRole('heading', { level: 1, name: 'Data entry' });
  await screen.findByText('Bridge Club');
}

/** Puts the cursor on a cell the way a keyboard user does: Tab into the sheet, then arrows. */
function moveTo(row: number, col: number) {
  const entry = document.querySelector('.entry-grid [tabindex="0"]') as HTMLElement;
  act(() => entry.focus());
  for (let i = 0; i < row; i++) fireEvent.keyDown(document, { key: 'ArrowDown', code: 'ArrowDown' });
  for (let i = 0; i < col; i++) fireEvent.keyDown(document, { key: 'ArrowRight', code: 'ArrowRight' });
}

function putBodies(calls: { method: string; path: string; body: unknown }[]) {
  return calls.filter((c) => c.method === 'PUT' && c.path.endsWith('/measurements')).map((c) => c.body as { items: Record<string, unknown>[] });
}

beforeEach(() => giveLayoutSize());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('data entry', () => {
  it('pastes a 2×3 block from a spreadsheet, with decimal commas, and saves it in one batch with versions', async () => {
    const { calls } = api('backbone', [], [
      {
        method: 'PUT',
        path: `/initiatives/${INITIATIVE_ID}/measurements`,
        answer: ({ body }) => ({
          body: {
            items: (body as { items: { indicatorId: string; actorId: string; value: number }[] }).items.map((item, i) =>
              measurementWire(50 + i, { ...item, period: PERIOD, version: 4 }),
            ),
          },
        }),
      },
    ]);
    await openSheet();
    // Columns: whole area, then the actors by name; rows: A1, A2, A3 (two lines), B1.
    moveTo(0, 1);
    await act(async () => pasteText('12,5\t7\t3,5\r\n1 204,5\t8\t9\r\n'));

    expect(await screen.findByText('6 figures changed, not saved')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save 6 figures' }));

    await screen.findByText('6 figures saved');
    const [batch] = putBodies(calls);
    expect(batch!.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ indicatorId: homework.id, actorId: bridge.id, period: PERIOD, value: 12.5, version: 3 }),
        expect.objectContaining({ indicatorId: homework.id, actorId: school.id, value: 7 }),
        expect.objectContaining({ indicatorId: homework.id, actorId: youth.id, value: 3.5 }),
        expect.objectContaining({ indicatorId: attendance.id, actorId: bridge.id, value: 1204.5 }),
        expect.objectContaining({ indicatorId: attendance.id, actorId: school.id, value: 8 }),
        expect.objectContaining({ indicatorId: attendance.id, actorId: youth.id, value: 9 }),
      ]),
    );
    expect(batch!.items).toHaveLength(6);
    expect(batch!.items.find((i) => i.actorId === school.id && i.indicatorId === homework.id)).not.toHaveProperty('version');
  });

  it('says which cell is not a number and does not send anything', async () => {
    const { calls } = api('admin');
    await openSheet();
    moveTo(0, 2);
    await act(async () => pasteText('12 pupils'));

    const problems = await screen.findByRole('region', { name: /1 cell needs fixing/ });
    expect(within(problems).getByText(/“12 pupils” is not a number/)).toBeInTheDocument();
    expect(within(problems).getByText(/City School/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save 1 figure' }));
    expect(putBodies(calls)).toHaveLength(0);
  });

  it('asks for both parts of a percentage and refuses a total of 0', async () => {
    api('admin');
    await openSheet();
    // A3's numerator and denominator lines are rows 2 and 3; Bridge Club is column 1.
    moveTo(2, 1);
    await act(async () => pasteText('4\n0'));
    const problems = await screen.findByRole('region', { name: /1 cell needs fixing/ });
    expect(within(problems).getByText(/The total \(denominator\) cannot be 0/)).toBeInTheDocument();
    await act(async () => pasteText('40\n30'));
    expect(await within(problems).findByText(/The number counted cannot be larger than the total/)).toBeInTheDocument();
    expect(within(problems).queryByText(/cannot be 0/)).not.toBeInTheDocument();
  });

  it('shows the value someone else saved meanwhile, and overwrites it with the new version when asked', async () => {
    const theirs = measurementWire(1, {
      indicatorId: homework.id,
      actorId: bridge.id,
      period: PERIOD,
      value: 14,
      version: 4,
      enteredByName: 'Anna Berg',
    });
    let attempts = 0;
    const { calls } = api('backbone', [], [
      {
        method: 'PUT',
        path: `/initiatives/${INITIATIVE_ID}/measurements`,
        answer: ({ body }) => {
          attempts += 1;
          if (attempts === 1) {
            return {
              status: 409,
              body: {
                error: {
                  code: 'conflict',
                  message: 'Someone else changed this value meanwhile; nothing was saved',
                  details: { conflicts: [{ indicatorId: homework.id, actorId: bridge.id, period: PERIOD, categoryId: null, current: theirs }] },
                },
              },
            };
          }
          const [item] = (body as { items: { value: number }[] }).items;
          return { body: { items: [{ ...theirs, value: item!.value, version: 5 }] } };
        },
      },
    ]);
    await openSheet();
    moveTo(0, 1);
    await act(async () => pasteText('15'));
    await userEvent.click(screen.getByRole('button', { name: 'Save 1 figure' }));

    const panel = await screen.findByRole('alert', { name: /Someone else changed 1 of these figures/ });
    const row = within(panel).getByRole('row', { name: /A1 Homework help hours/ });
    expect(within(row).getByText('14')).toBeInTheDocument();
    expect(within(row).getByText(/Anna Berg/)).toBeInTheDocument();
    expect(within(row).getByText('15')).toBeInTheDocument();
    // What was typed is still there and still unsaved.
    expect(screen.getByText('1 figure changed, not saved')).toBeInTheDocument();
    // The panel comes before the sheet and the save bar, which stays at the bottom: it cannot cover it.
    const grid = document.querySelector('.entry-grid')!;
    const bar = document.querySelector('.entry-savebar')!;
    expect(panel.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(panel.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Overwrite with mine and save' }));
    await screen.findByText('1 figure saved');
    const bodies = putBodies(calls);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.items[0]).toMatchObject({ value: 15, version: 3 });
    expect(bodies[1]!.items[0]).toMatchObject({ value: 15, version: 4 });
  });

  it('keeps the other person’s value when chosen, and drops the typed one', async () => {
    const theirs = measurementWire(1, { indicatorId: homework.id, actorId: bridge.id, period: PERIOD, value: 14, version: 4 });
    api('backbone', [], [
      {
        method: 'PUT',
        path: `/initiatives/${INITIATIVE_ID}/measurements`,
        answer: {
          status: 409,
          body: {
            error: {
              code: 'conflict',
              message: 'stale',
              details: { conflicts: [{ indicatorId: homework.id, actorId: bridge.id, period: PERIOD, categoryId: null, current: theirs }] },
            },
          },
        },
      },
    ]);
    await openSheet();
    moveTo(0, 1);
    await act(async () => pasteText('15'));
    await userEvent.click(screen.getByRole('button', { name: 'Save 1 figure' }));
    const panel = await screen.findByRole('alert', { name: /Someone else changed/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Keep theirs' }));
    expect(screen.queryByRole('alert', { name: /Someone else changed/ })).not.toBeInTheDocument();
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
  });

  it('shows a partner only the column of its own organisation', async () => {
    api('partner', [bridge.id]);
    await openSheet();
    const header = document.querySelector('.dsg-row-header') as HTMLElement;
    expect(within(header).getByText('Bridge Club')).toBeInTheDocument();
    expect(within(header).queryByText('City School')).not.toBeInTheDocument();
    expect(within(header).queryByText('Youth Centre')).not.toBeInTheDocument();
    // Population-level figures are the backbone's: no whole-area column, no B1 row.
    expect(within(header).queryByText('Whole area')).not.toBeInTheDocument();
    expect(screen.queryByText('Youth unemployment in the area')).not.toBeInTheDocument();
  });

  it('lets the steering group read the figures but not change them', async () => {
    api('steering');
    await openSheet();
    expect(screen.getByText('You can read the figures here but not change them.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    moveTo(0, 1);
    await act(async () => pasteText('99'));
    expect(screen.queryByText(/changed, not saved/)).not.toBeInTheDocument();
  });
});
