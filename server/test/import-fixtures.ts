// Uploads for the import tests: multipart bodies built by hand (as a browser sends them), and
// workbooks written with exceljs.
import ExcelJS from 'exceljs';
import type { Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function multipart(file: { name: string; type: string; content: Buffer | string }, fields: Record<string, string> = {}) {
  const boundary = `----ci-test-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(
  f: Fixture,
  role: Role,
  file: { name: string; content: Buffer | string; type?: string },
  opts: { mapping?: unknown; lang?: string } = {},
) {
  const type = file.type ?? (file.name.endsWith('.xlsx') ? XLSX_MIME : 'text/csv');
  const body = multipart({ name: file.name, type, content: file.content }, opts.mapping ? { mapping: JSON.stringify(opts.mapping) } : {});
  return f.app.inject({
    method: 'POST',
    url: f.url(`/imports${opts.lang ? `?lang=${opts.lang}` : ''}`),
    headers: { ...f.auth(role), ...body.headers },
    payload: body.payload,
  });
}

/** A CSV with Windows line ends, as Excel saves it. */
export function csv(lines: string[], bom = true): string {
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

export async function workbook(rows: (string | number | null)[][], sheetName = 'Values'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function rowsOf(f: Fixture, role: Role, importId: string, action?: string) {
  const res = await f.app.inject({ method: 'GET', url: f.url(`/imports/${importId}/rows?limit=1000${action ? `&action=${action}` : ''}`), headers: f.auth(role) });
  return res.json().items as {
    row: number;
    field: string | null;
    action: string;
    message: string | null;
    indicatorCode: string | null;
    actorName: string | null;
    period: string | null;
    categoryName: string | null;
    old: { value: number | null; numerator: number | null; denominator: number | null; note: string | null } | null;
    new: { value: number | null; numerator: number | null; denominator: number | null; note: string | null };
  }[];
}

export async function commit(f: Fixture, role: Role, importId: string) {
  return f.app.inject({ method: 'POST', url: f.url(`/imports/${importId}/commit`), headers: f.auth(role) });
}
