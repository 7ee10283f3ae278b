// Rows of PostgreSQL's COPY … TO STDOUT text format: one line per row, fields separated by tabs,
// NULL as `\N`, and backslash escapes for the characters that would break a line or a field
// (https://www.postgresql.org/docs/current/sql-copy.html, "Text Format").
import { StringDecoder } from 'node:string_decoder';

/** A row of text fields, null for SQL NULL. */
export type TextRow = (string | null)[];

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** One field's text with its backslash escapes undone (COPY TO writes only these, never octal or hex). */
export function unescapeCopyText(field: string): string {
  return field.replace(/\\(.)/gs, (escape, c: string) => ESCAPES[c] ?? c);
}

function parseLine(line: string): TextRow {
  const fields: TextRow = line.split('\t');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    if (field.includes('\\')) fields[i] = field === '\\N' ? null : unescapeCopyText(field);
  }
  return fields;
}

/**
 * Turns the byte chunks of a COPY text stream into batches of rows, one batch per chunk (a chunk
 * holds many rows, so a consumer waits once per chunk, not once per row). A multi-byte character
 * or a line split between two chunks is joined again.
 */
export async function* copyTextRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<TextRow[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + decoder.write(chunk);
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(end + 1);
    const lines = text.slice(0, end).split('\n');
    const rows = new Array<TextRow>(lines.length);
    for (let i = 0; i < lines.length; i++) rows[i] = parseLine(lines[i]);
    yield rows;
  }
  rest += decoder.end();
  if (rest.length > 0) yield [parseLine(rest)];
}
