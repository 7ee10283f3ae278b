import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { giveLayoutSize, renderApp, stubApi, type ApiRequest } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, initiativeWire, measurementPage, measurementWire, meWire, uuid } from '../../test/api-fixtures';
import { CommentText } from './components/CommentText';

// The main journey: a partner opens its returned value and finds the reason, the history and the
// discussion beside the grid, and answers.
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School', { sector: 'education' });
const share = indicatorWire(1, 'A1', 'Share passing', { measureType: 'percentage', decimals: 1, reportingFrom: '2024-Q1' });
const REASON = 'Twice last quarter – right?';
const returned = measurementWire(1, {
  indicatorId: share.id,
  actorId: bridge.id,
  period: '2025-Q1',
  numerator: 30,
  denominator: 40,
  value: 75,
  status: 'returned',
  returnReason: REASON,
  version: 3,
});

const snapshot = (over: Record<string, unknown>) => ({
  indicatorId: share.id,
  actorId: bridge.id,
  period: '2025-Q1',
  categoryId: null,
  value: 75,
  numerator: 30,
  denominator: 40,
  note: '',
  status: 'submitted',
  returnReason: null,
  version: 1,
  ...over,
});
const history = [
  {
    id: 3,
    userId: uuid(902),
    userName: 'Sam Backbone',
    action: 'update',
    entityType: 'measurement',
    entityId: returned.id,
    before: snapshot({ version: 2 }),
    after: snapshot({ status: 'returned', returnReason: REASON, version: 3 }),
    reason: REASON,
    at: '2025-04-20T10:00:00.000Z',
  },
  {
    id: 2,
    userId: uuid(900),
    userName: 'Partner Person',
    action: 'update',
    entityType: 'measurement',
    entityId: returned.id,
    before: snapshot({ numerator: 3, denominator: 40, value: 7.5 }),
    after: snapshot({ version: 2 }),
    reason: 'Import: spring-figures.xlsx',
    at: '2025-04-12T10:00:00.000Z',
  },
  {
    id: 1,
    userId: uuid(900),
    userName: 'Partner Person',
    action: 'create',
    entityType: 'measurement',
    entityId: returned.id,
    before: null,
    after: snapshot({ numerator: 3, denominator: 40, value: 7.5 }),
    reason: null,
    at: '2025-04-10T10:00:00.000Z',
  },
];

function commentWire(n: number, text: string, authorId: string, authorName: string) {
  return {
    id: uuid(700 + n),
    indicatorId: share.id,
    actorId: bridge.id,
    period: '2025-Q1',
    authorId,
    authorName,
    text,
    mentionedActorIds: text.includes('@City School') ? [school.id] : [],
    createdAt: '2025-04-20T10:05:00.000Z',
    editedAt: null,
    deletedAt: null,
  };
}

function api() {
  const thread = [commentWire(1, 'Please check against @City School, see https://example.org/guide.', uuid(902), 'Sam Backbone')];
  const stub = stubApi([
    { path: '/me', answer: { body: meWire('partner', [bridge.id]) } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [share] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [school, bridge] } } },
    { path: `/initiatives/${INITIATIVE_ID}/measurements`, answer: { body: measurementPage([returned]) } },
    { path: `/initiatives/${INITIATIVE_ID}/measurements/history`, answer: { body: { items: history } } },
    {
      path: `/initiatives/${INITIATIVE_ID}/comments/counts`,
      answer: () => ({ body: { items: [{ indicatorId: share.id, actorId: bridge.id, period: '2025-Q1', count: thread.length, lastAt: '2025-04-20T10:05:00.000Z' }] } }),
    },
    { path: `/initiatives/${INITIATIVE_ID}/comments`, answer: () => ({ body: { items: thread } }) },
    {
      method: 'POST',
      path: `/initiatives/${INITIATIVE_ID}/comments`,
      answer: (request: ApiRequest) => {
        const body = request.body as { text: string };
        const created = commentWire(2, body.text, uuid(900), 'Partner Person');
        thread.push(created);
        return { status: 201, body: created };
      },
    },
  ]);
  return stub;
}

beforeEach(() => giveLayoutSize());
afterEach(() => vi.restoreAllMocks());

describe('the cell panel of the entry grid', () => {
  it('shows the return reason, the thread and the history of the cell, and posts a reply', async () => {
    const { calls } = api();
    renderApp(`/i/${INITIATIVE_ID}/entry?period=2025-Q1&indicator=${share.id}`);
    const panel = await screen.findByRole('complementary', { name: 'Discussion and history' });

    // The thread: the mention is marked, the address is a safe link.
    const comment = await within(panel).findByText(/Please check against/);
    expect(within(comment).getByText('@City School')).toHaveClass('comment__mention');
    expect(within(comment).getByRole('link', { name: 'https://example.org/guide' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(panel).toHaveTextContent(`Sent back: ${REASON}`);

    // The history, newest first, with percentages as numerator / denominator = share.
    const events = await within(panel).findAllByRole('listitem');
    const timeline = events.filter((li) => li.classList.contains('value-history__event'));
    expect(timeline.map((li) => li.querySelector('.value-history__kind')?.textContent)).toEqual(['Sent back', 'Imported', 'Entered']);
    expect(timeline[0]).toHaveTextContent(`Why it was sent back: ${REASON}`);
    expect(timeline[1]).toHaveTextContent('3 / 40 = 7.5%');
    expect(timeline[1]).toHaveTextContent('30 / 40 = 75.0%');
    expect(timeline[1]).toHaveTextContent('Imported from spring-figures.xlsx');
    expect(timeline[2]).toHaveTextContent('Partner Person');

    // The cell carries the discussion mark and says how many comments it has.
    // (A percentage has a numerator line and a denominator line: both belong to the one value.)
    const cells = screen.getAllByRole('textbox', { name: /A1 Share passing.*Bridge Club/ });
    expect(cells).toHaveLength(2);
    for (const cell of cells) {
      expect(cell.closest('.dsg-cell')).toHaveClass('entry-cell--discussed');
      expect(cell).toHaveAccessibleDescription(expect.stringContaining('1 comment'));
    }

    const user = userEvent.setup();
    await user.type(within(panel).getByLabelText('Write a comment'), 'We counted twice, correcting now.');
    await user.click(within(panel).getByRole('button', { name: 'Send' }));
    await within(panel).findByText('We counted twice, correcting now.');
    const post = calls.find((c) => c.method === 'POST' && c.path.endsWith('/comments'));
    expect(post?.body).toEqual({ indicatorId: share.id, actorId: bridge.id, period: '2025-Q1', text: 'We counted twice, correcting now.' });
    await waitFor(() => expect(within(panel).getByLabelText('Write a comment')).toHaveValue(''));
  });

  it('offers the initiative’s organisations after @ and inserts the chosen name', async () => {
    api();
    renderApp(`/i/${INITIATIVE_ID}/entry?period=2025-Q1&indicator=${share.id}`);
    const panel = await screen.findByRole('complementary', { name: 'Discussion and history' });
    const box = await within(panel).findByLabelText('Write a comment');
    const user = userEvent.setup();
    await user.type(box, 'Ask @cit');
    const options = within(panel).getByRole('listbox', { name: 'Organisations' });
    expect(within(options).getAllByRole('option').map((o) => o.textContent)).toEqual(['City School']);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Ask @City School ');
  });
});

describe('comment text', () => {
  it('renders text as text, and only http and https addresses as links', () => {
    render(
      <CommentText
        text={'<b>bold</b> javascript:alert(1) http://ok.example/a?b=1, and data:text/html,x https://x.example/(page).'}
        mentioned={[]}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['http://ok.example/a?b=1', 'https://x.example/(page)']);
    for (const a of links) {
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a).toHaveAttribute('target', '_blank');
    }
    expect(screen.getByText(/<b>bold<\/b> javascript:alert\(1\)/)).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });
});
