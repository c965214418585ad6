// The one CSV writer every export uses: the API's finance and audit downloads and the web app's
// chart and table downloads. RFC 4180 fields (quoted when they hold a comma, quote, line break or
// leading/trailing space; quotes doubled), CRLF line ends.
//
// Spreadsheets run a cell whose text starts with =, +, -, @, tab or carriage return as a formula,
// so text from a programme pack or typed by a user (a partner named
// `=HYPERLINK("http://evil.example","partner")`) would become a live link or command when the
// file is opened. OWASP's "CSV Injection" guidance: prefix such a cell with a single quote, which
// the spreadsheet shows as text. Only text is escaped: a number (a JavaScript number, written by
// the exporter) stays a number, so −4 and −1234.5 still add up in the sheet.

export type CsvCell = string | number | boolean | null | undefined;

/**
 * The characters OWASP lists as starting a formula, after any quotes already there: text that
 * itself starts with `'=` gets one more, so that restoreFormulaText below can always take exactly
 * one off and give back the original (the pack export then import is the identity).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula gets a leading `'`; any other text is unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text neutraliseFormula was given, from what it wrote: for readers of files this product
 * wrote (the pack loader reading an exported pack). Text it would not have escaped is unchanged.
 */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

function quoteIfNeeded(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV field. Text is escaped (formula prefix, then RFC 4180 quoting); a number is written by
 * `formatNumber` (e.g. two decimals for money) and never escaped; booleans are "yes"/"no"; null
 * and undefined are empty.
 */
export function csvField(value: CsvCell, formatNumber: (n: number) => string = String): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumber(value);
  return quoteIfNeeded(neutraliseFormula(value));
}

export interface CsvOptions {
  /** Writes each number of column `index`; `String` when not given. */
  formatNumber?: (value: number, index: number) => string;
  /** A UTF-8 byte-order mark first, so spreadsheet programs read "£" correctly. */
  byteOrderMark?: boolean;
}

/** A whole CSV document: a header row then the rows, each line ending CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const line = (cells: readonly CsvCell[]) =>
    cells
      .map((cell, i) =>
        csvField(cell, options.formatNumber ? (n) => options.formatNumber!(n, i) : String),
      )
      .join(',');
  const text = [header, ...rows].map(line).join('\r\n') + '\r\n';
  return options.byteOrderMark ? `\uFEFF${text}` : text;
}
