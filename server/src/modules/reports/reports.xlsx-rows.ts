// The XML of a sheet's rows, for a sheet of a million rows: exceljs builds a row object, a cell
// object per value and a style lookup per cell, which made the Values sheet take a minute. This
// writes the same XML that exceljs writes for the same cells (`<row>` with its spans, `<c>` with
// its address, style and `t="str"` text or number) straight into the sheet's part of the zip, with
// the style ids taken from the workbook's own style table once per distinct format. The workbook,
// its other sheets, the sheet's header, columns, views and closing stay exceljs's.
import ExcelJS from 'exceljs';
import { TextChunks } from './reports.stream.js';

/** What exceljs's streaming sheet has and its types leave out. */
interface SheetWriter {
  stream: { write(xml: Buffer): unknown };
  workbook: { styles: { addStyleModel(style: { numFmt?: string }, type: ExcelJS.ValueType): number } };
}

/** A1-style column letters, up to 26 × 27 columns. */
function columnLetter(index: number): string {
  const letter = (n: number) => String.fromCharCode(65 + n);
  return index < 26 ? letter(index) : letter(Math.floor(index / 26) - 1) + letter(index % 26);
}

// The characters exceljs escapes in text (`&<>"'`) or drops (control characters XML 1.0 forbids).
const XML_SPECIAL = /[&<>"'\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const XML_SPECIAL_ALL = /[&<>"'\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as exceljs writes it into a cell. */
export function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => XML_ENTITY[c] ?? '') : text;
}

/**
 * Builds rows one at a time: `start()`, then the cells left to right, then `end()` adds the row;
 * `flush()` hands the rows added so far to the zip. A cell given `undefined` is left out; `null` is
 * an empty cell, written only when it has a style (a number format), as exceljs does.
 */
export class SheetRowsXml {
  private readonly letters: string[];
  private readonly styleIds = new Map<string, number>();
  private number = 0;
  private cells = '';
  private min = 0;
  private max = 0;
  private readonly rows = new TextChunks();

  /** `firstRow`: the number of the first row written here (after the header exceljs wrote). */
  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    columns: number,
    firstRow: number,
  ) {
    this.letters = Array.from({ length: columns }, (_, i) => columnLetter(i));
    this.number = firstRow - 1;
  }

  /** The workbook's style id of a cell with this number format (none: the column has none) and this kind of value. */
  style(numFmt: string | undefined, type: ExcelJS.ValueType): number {
    const key = `${type}\u0000${numFmt ?? ''}`;
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = (this.sheet as unknown as SheetWriter).workbook.styles.addStyleModel(numFmt ? { numFmt } : {}, type);
      this.styleIds.set(key, id);
    }
    return id;
  }

  start(): void {
    this.number++;
    this.cells = '';
    this.min = 0;
    this.max = 0;
  }

  private at(column: number): string {
    if (this.min === 0) this.min = column + 1;
    this.max = column + 1;
    return this.letters[column] + this.number;
  }

  /** A text cell (`textStyle`: its style id, 0 for none); null is an empty cell with `nullStyle`. */
  text(column: number, value: string | null | undefined, textStyle: number, nullStyle: number): void {
    if (value === undefined) return;
    const ref = this.at(column);
    if (value === null) {
      if (nullStyle) this.cells += `<c r="${ref}" s="${nullStyle}"/>`;
      return;
    }
    this.cells += textStyle
      ? `<c r="${ref}" s="${textStyle}" t="str"><v>${xmlText(value)}</v></c>`
      : `<c r="${ref}" t="str"><v>${xmlText(value)}</v></c>`;
  }

  /** A number cell from a number's text (a valid XML Schema double); null is an empty cell with the same style. */
  numberText(column: number, value: string | null | undefined, style: number, nullStyle: number): void {
    if (value === undefined) return;
    const ref = this.at(column);
    if (value === null) {
      if (nullStyle) this.cells += `<c r="${ref}" s="${nullStyle}"/>`;
      return;
    }
    this.cells += style ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : `<c r="${ref}"><v>${value}</v></c>`;
  }

  /** Adds the row (none without cells: exceljs writes none either). */
  end(): void {
    if (this.min === 0) return;
    this.rows.add(`<row r="${this.number}" spans="${this.min}:${this.max}" x14ac:dyDescent="0.25">${this.cells}</row>`);
  }

  /** Hands the rows added so far to the sheet's part of the zip. */
  flush(): void {
    const bytes = this.rows.take();
    if (bytes) (this.sheet as unknown as SheetWriter).stream.write(bytes);
  }
}
