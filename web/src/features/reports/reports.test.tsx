import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendarFeeds, goal, listOf, reportJob, reportJobInput } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, indicatorWire, meWire, uuid } from '../../test/api-fixtures';

const JOB_ID = uuid(700);
const FILE = 'northside-together-report-2024-Q3-2025-Q2.pdf';

function jobWire(status: 'running' | 'done' | 'failed', progress: number) {
  return reportJob.encode(
    reportJob.parse({ id: JOB_ID, kind: 'pdf', status, progress, fileName: FILE, error: null, expiresAt: '2025-08-15T10:15:00.000Z' }),
  );
}

const goals = listOf(goal).encode(
  listOf(goal).parse({
    items: [
      { id: uuid(50), title: 'Every child passes school', description: '', position: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    ],
  }),
);

const feeds = calendarFeeds.parse({
  token: 'secret-1',
  urls: [{ initiativeId: INITIATIVE_ID, initiativeName: 'Northside Together', url: 'https://ci.example.org/api/v1/calendar/secret-1/x.ics' }],
});

function reportRoutes(jobAnswers: ReturnType<typeof jobWire>[]): ApiRoute[] {
  let polls = 0;
  return [
    { path: '/me', answer: { body: meWire('steering') } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [indicatorWire(1, 'A1', 'Pupils passing', { baselinePeriod: '2023-Q1', baselineValue: 60 })] } } },
    { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: goals } },
    { path: '/me/calendar', answer: { body: feeds } },
    { method: 'POST', path: `/initiatives/${INITIATIVE_ID}/reports/jobs`, answer: { status: 202, body: { id: JOB_ID } } },
    {
      path: `/initiatives/${INITIATIVE_ID}/reports/jobs/${JOB_ID}`,
      answer: () => ({ body: jobAnswers[Math.min(polls++, jobAnswers.length - 1)] }),
    },
  ];
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-08-15T10:00:00Z'));
});

afterEach(() => vi.useRealTimers());

describe('reports', () => {
  it('makes the PDF report in the background: a progress bar while it runs, then a download link', async () => {
    const { calls } = stubApi(reportRoutes([jobWire('running', 0.4), jobWire('done', 1)]));
    await renderApp(`/i/${INITIATIVE_ID}/reports`);
    const user = userEvent.setup();

    // A rolling year: the four quarters up to the last finished one.
    expect(await screen.findByText('The files will cover Q3 2024 – Q2 2025.')).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: 'Every child passes school' }));
    const pdf = screen.getByRole('article', { name: 'Report (PDF)' });
    await user.click(within(pdf).getByRole('button', { name: 'Make PDF report' }));

    const bar = await within(pdf).findByRole('progressbar', { name: 'Making the PDF report…' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');

    const link = await within(pdf).findByRole('link', { name: 'Download the PDF report' }, { timeout: 5000 });
    expect(within(pdf).getByText(FILE)).toBeInTheDocument();
    expect(link).toHaveAttribute('href', `/api/v1/initiatives/${INITIATIVE_ID}/reports/jobs/${JOB_ID}/file`);
    expect(within(pdf).queryByRole('progressbar')).not.toBeInTheDocument();

    const started = calls.find((c) => c.method === 'POST');
    expect(reportJobInput.parse(started?.body)).toEqual({ kind: 'pdf', from: '2024-Q3', to: '2025-Q2', goalIds: [uuid(50)] });
  });

  it('says so when the report could not be made, and offers to try again', async () => {
    stubApi(reportRoutes([jobWire('running', 0.1), reportJob.encode({ ...reportJob.parse(jobWire('failed', 0.1)), error: 'boom' })]));
    await renderApp(`/i/${INITIATIVE_ID}/reports`);
    const xlsx = await screen.findByRole('article', { name: 'Workbook (XLSX)' });
    await userEvent.click(within(xlsx).getByRole('button', { name: 'Make Excel workbook' }));
    expect(await within(xlsx).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The file could not be made');
    expect(within(xlsx).queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
  });

  it('links the CSV with the separator of the language, which can be changed', async () => {
    stubApi(reportRoutes([]));
    await renderApp(`/i/${INITIATIVE_ID}/reports`, 'sv');
    const csv = await screen.findByRole('article', { name: 'Alla värden (CSV)' });
    const link = within(csv).getByRole('link', { name: 'Ladda ned CSV' });
    const url = () => new URL(link.getAttribute('href')!, 'http://localhost');
    expect(url().pathname).toBe(`/api/v1/initiatives/${INITIATIVE_ID}/reports/measurements.csv`);
    expect(Object.fromEntries(url().searchParams)).toEqual({ from: '2024-Q3', to: '2025-Q2', separator: 'semicolon' });
    await userEvent.click(within(csv).getByRole('radio', { name: /Komma/ }));
    expect(url().searchParams.get('separator')).toBe('comma');
  });

  it('does not offer files for a range that ends before it starts', async () => {
    stubApi(reportRoutes([]));
    await renderApp(`/i/${INITIATIVE_ID}/reports`);
    const user = userEvent.setup();
    await screen.findByRole('article', { name: 'Report (PDF)' });
    await user.click(screen.getByRole('button', { name: /From quarter/ }));
    await user.click(await screen.findByRole('option', { name: 'Q3 2025' }));
    expect(await screen.findByText('The last quarter comes before the first. Choose a later one.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make PDF report' })).toBeDisabled();
    expect(screen.queryByRole('link', { name: 'Download CSV' })).not.toBeInTheDocument();
  });
});
