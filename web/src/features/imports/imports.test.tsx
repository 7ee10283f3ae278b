import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { importCommitResult, importResource, importRowList, type ImportUnmatched } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { actorWire, INITIATIVE_ID, indicatorWire, initiativeWire, meWire, uuid } from '../../test/api-fixtures';

const IMPORT_ID = uuid(600);
const base = `/initiatives/${INITIATIVE_ID}/imports`;
const youth = actorWire(1, 'Youth Club');

function importWire(status: 'parsing' | 'ready', progress: number, errors = 1, unmatched: ImportUnmatched[] = []) {
  return importResource.encode(
    importResource.parse({
      id: IMPORT_ID,
      fileName: 'values-2025-Q2.csv',
      format: 'csv',
      shape: 'long',
      status,
      progress,
      preview: {
        create: status === 'ready' ? 1 : 0,
        change: status === 'ready' ? 1 : 0,
        unchanged: 0,
        errorCount: status === 'ready' ? errors : 0,
        errors: status === 'ready' && errors ? [{ row: 4, field: 'value', message: 'Too many decimals: this indicator allows 0' }] : [],
      },
      columns: [],
      unmatched,
      mapping: { columns: {}, actors: {}, indicators: {} },
      failure: null,
      createdAt: '2025-08-15T10:00:00.000Z',
      committedAt: null,
    }),
  );
}

const rows = importRowList.parse({
  items: [
    {
      row: 3,
      field: 'value',
      action: 'change',
      message: null,
      indicatorId: uuid(201),
      indicatorCode: 'A1',
      indicatorName: 'Pupils passing',
      actorId: youth.id,
      actorName: 'Youth Club',
      period: '2025-Q2',
      categoryId: null,
      categoryName: null,
      old: { value: 20, numerator: null, denominator: null, note: '' },
      new: { value: 21, numerator: null, denominator: null, note: null },
    },
  ],
  total: 1,
  limit: 100,
  offset: 0,
});

/**
 * jsdom's XMLHttpRequest would go to the network: this one sends through the stubbed `fetch`, so
 * the upload meets the same network boundary as every other request, with upload progress events.
 */
class FetchXhr {
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  withCredentials = false;
  private method = 'GET';
  private url = '';
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader() {}
  send(body: FormData) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    void fetch(this.url, { method: this.method, body }).then(async (res) => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
      this.status = res.status;
      this.responseText = await res.text();
      this.onload?.();
    });
  }
}

function routes(afterUpload: ReturnType<typeof importWire>[]): ApiRoute[] {
  let polls = 0;
  return [
    { path: '/me', answer: { body: meWire('backbone') } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [indicatorWire(1, 'A1', 'Pupils passing')] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [youth] } } },
    { method: 'POST', path: base, answer: { status: 202, body: importWire('parsing', 0) } },
    { path: `${base}/${IMPORT_ID}`, answer: () => ({ body: afterUpload[Math.min(polls++, afterUpload.length - 1)] }) },
    { path: `${base}/${IMPORT_ID}/rows`, answer: { body: importRowList.encode(rows) } },
    { method: 'POST', path: `${base}/${IMPORT_ID}/commit`, answer: { body: importCommitResult.parse({ id: IMPORT_ID, created: 1, changed: 1, unchanged: 0 }) } },
    { method: 'DELETE', path: `${base}/${IMPORT_ID}`, answer: { status: 204 } },
  ];
}

describe('import page', () => {
  beforeEach(() => vi.stubGlobal('XMLHttpRequest', FetchXhr));

  it('uploads a file, shows parse progress, then the preview; an error row blocks the commit', async () => {
    const { calls } = stubApi(routes([importWire('parsing', 0.5), importWire('ready', 1)]));
    await renderApp(`/i/${INITIATIVE_ID}/entry/import`);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Import file' })).toBeInTheDocument();
    expect((await screen.findByRole('link', { name: 'Download Excel template' })).getAttribute('href')).toMatch(
      new RegExp(`^/api/v1${base}/template\\.xlsx\\?period=\\d{4}-Q[1-4]&lang=en$`),
    );

    const file = new File(['indicator code;actor;period;value\n'], 'values-2025-Q2.csv', { type: 'text/csv' });
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, file);
    const bar = await screen.findByRole('progressbar', { name: 'Reading values-2025-Q2.csv…' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByRole('status')).toHaveTextContent('Reading values-2025-Q2.csv…');

    const preview = await screen.findByRole('region', { name: '3. Check what values-2025-Q2.csv will do' }, { timeout: 5000 });
    expect(within(preview).getByText('New', { selector: 'dt' }).nextSibling).toHaveTextContent('1');
    expect(within(preview).getByText('Errors', { selector: 'dt' }).nextSibling).toHaveTextContent('1');
    expect(within(preview).getByRole('button', { name: 'Save 2 figures' })).toBeDisabled();
    expect(within(preview).getByText('Correct the row with an error in the file and upload it again; nothing is saved until then.')).toBeInTheDocument();
    const upload = calls.find((c) => c.method === 'POST' && c.path === base)!;
    expect(upload.url.searchParams.get('lang')).toBe('en');
  });

  it('commits a clean preview, shows the counts, and offers the overview and the grid', async () => {
    const { calls } = stubApi(routes([importWire('ready', 1, 0)]));
    await renderApp(`/i/${INITIATIVE_ID}/entry/import`);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Import file' });
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, new File(['x'], 'values-2025-Q2.csv', { type: 'text/csv' }));
    const preview = await screen.findByRole('region', { name: '3. Check what values-2025-Q2.csv will do' }, { timeout: 5000 });
    // Changes first: old → new.
    const row = await within(preview).findByRole('row', { name: /Pupils passing/ });
    expect(row).toHaveTextContent('20 → 21');
    await user.click(within(preview).getByRole('button', { name: 'Save 2 figures' }));
    expect(await screen.findByRole('heading', { name: 'The figures are saved' })).toBeInTheDocument();
    expect(screen.getByText('1 new, 1 changed, 0 unchanged.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the overview' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}`);
    expect(screen.getByRole('link', { name: 'Open data entry' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/entry`);
    expect(calls.filter((c) => c.method === 'POST' && c.path.endsWith('/commit'))).toHaveLength(1);
  });

  it('asks what unknown columns and names mean, sends the choices, and shows the preview read again', async () => {
    const unmatched: ImportUnmatched[] = [
      { kind: 'column', source: 'Antal', count: 2, suggestions: [] },
      { kind: 'actor', source: 'Ungdomsgården', count: 2, suggestions: [{ id: youth.id, label: 'Youth Club' }] },
    ];
    let mapped = false;
    const { calls } = stubApi([
      { method: 'PUT', path: `${base}/${IMPORT_ID}/mapping`, answer: () => ((mapped = true), { body: importWire('ready', 1, 0) }) },
      { path: `${base}/${IMPORT_ID}`, answer: () => ({ body: mapped ? importWire('ready', 1, 0) : importWire('ready', 1, 1, unmatched) }) },
      ...routes([]),
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/entry/import`);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Import file' });
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, new File(['x'], 'values-2025-Q2.csv', { type: 'text/csv' }));
    const mapping = await screen.findByRole('region', { name: 'Some names in the file were not recognised' }, { timeout: 5000 });
    // Rows of the unknown organisation are errors until it is named.
    expect(screen.getByRole('button', { name: 'Save 2 figures' })).toBeDisabled();
    // The closest organisation is proposed; the column is chosen by hand.
    await vi.waitFor(() => expect(within(mapping).getByRole('button', { name: /What “Ungdomsgården” means/ })).toHaveTextContent('Youth Club'));
    await user.click(within(mapping).getByRole('button', { name: /What “Antal” means/ }));
    await user.click(await screen.findByRole('option', { name: 'Value' }));
    await user.click(within(mapping).getByRole('button', { name: 'Use these choices and read the file again' }));

    const put = await vi.waitFor(() => calls.find((c) => c.method === 'PUT')!);
    expect(put.path).toBe(`${base}/${IMPORT_ID}/mapping`);
    expect(put.body).toEqual({ columns: { Antal: 'value' }, actors: { Ungdomsgården: youth.id }, indicators: {} });
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Some names in the file were not recognised' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Save 2 figures' })).toBeEnabled();
  });
});
