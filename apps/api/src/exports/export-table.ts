// A finance table ready to download: what it is, for which programme and date, its columns with
// their kinds (so a spreadsheet gets typed number cells) and its rows, holding exactly the
// numbers the JSON answer gives.
export type ExportColumnKind = 'text' | 'money' | 'ratio' | 'share' | 'number' | 'integer';

export interface ExportColumn {
  header: string;
  kind: ExportColumnKind;
}

export type ExportCell = string | number | boolean | null;

export interface ExportTable {
  /** File name without extension, e.g. `west-cheshire-benefits-by-strand-2016-03-31`. */
  fileName: string;
  /** What the table is, e.g. "Benefits ledger by strand". */
  title: string;
  programme: { id: string; name: string; place: string; illustrative: boolean };
  /** The date the figures are worked out at; null for tables that do not depend on it. */
  asOf: string | null;
  /** Lines printed under the title: how to read the figures. */
  notes: readonly string[];
  /** Worksheet name (Excel allows 31 characters, no []:*?/\). */
  sheetName: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}

export const ILLUSTRATIVE_NOTE =
  'Illustrative figures: the numbers in this programme are invented for demonstration.';
