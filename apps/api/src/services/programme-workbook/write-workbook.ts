// Writes a programme (or, for the blank template, nothing but headers) as the business-case
// workbook: one sheet per pack file with the pack's columns (workbook-layout.ts). Numbers are
// number cells so a finance team can add them up; everything else is a text cell. exceljs writes
// a string as a shared string, never a formula, so a name such as "=HYPERLINK(...)" or "-4 (est.)"
// opens as the text it is: nothing a partner typed can run in someone's spreadsheet.
import {
  EMPTY_PACK_TABLES,
  packTables,
  programmeJsonValue,
  type Pack,
  type PackCell,
} from '@outcomes/db';
import ExcelJS from 'exceljs';
import {
  PROGRAMME_COLUMNS,
  PROGRAMME_FIELDS,
  PROGRAMME_SHEET,
  READ_ME_SHEET,
  sheetNameOf,
} from './workbook-layout.js';

const READ_ME = [
  'Business case workbook (Outcomes programme pack, version 1)',
  '',
  'Each sheet is one file of a programme pack, with exactly the same columns: see the pack format in the README.',
  'The "programme" sheet holds the settings, one field a row. Ids are lower-case slugs such as "west-cheshire".',
  'Dates are written YYYY-MM-DD; financial years 2013-14; money in pounds as plain numbers (no £ or commas).',
  'Import it on the programme\'s "Business case" page: every problem is listed by sheet, row and column, and nothing',
  'is stored until the whole workbook is valid and you have checked the list of changes.',
  'The actuals sheet shows the figures in force. An import never changes them: figures are returned and corrected',
  'on the Returns page, which keeps every earlier value as a revision.',
  'Optional: the deflators and comparators sheets, and columns such as comparator_name and comparator_source on',
  'metrics (a comparison series as the counterfactual), may be left empty; a pack without them keeps its figures.',
  'So may benefit_lag_years, persistence_years, drop_off_rate and persistence_source on metrics: how long an',
  "outcome's value lasts after the year it is achieved (a source is required when any of the other three is given).",
  'A metric with returned figures cannot be removed: retire it instead, giving retired_from on metrics (the first',
  'day from which no figures are due, the start of one of its periods, after its last returned figure).',
];

function valueOf(object: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) =>
        v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined,
      object,
    );
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  rows: readonly (PackCell | boolean)[][],
): void {
  const sheet = workbook.addWorksheet(name);
  const header = sheet.addRow([...columns]);
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
  columns.forEach((_c, i) => {
    sheet.getColumn(i + 1).width = 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The workbook of `pack`; null gives the blank template (field names and headers only). */
export async function writeWorkbook(pack: Pack | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Outcomes';
  workbook.title =
    pack === null ? 'Business case template' : `${pack.programme.name}: business case`;

  const notes = workbook.addWorksheet(READ_ME_SHEET);
  for (const line of READ_ME) notes.addRow([line]);
  notes.getColumn(1).width = 120;

  const settings = pack === null ? null : programmeJsonValue(pack.programme);
  addSheet(
    workbook,
    PROGRAMME_SHEET,
    PROGRAMME_COLUMNS,
    PROGRAMME_FIELDS.map((field) => {
      const value = settings === null ? null : valueOf(settings, field);
      return [
        field,
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? value
          : null,
      ];
    }),
  );
  const tables = packTables(pack ?? EMPTY_PACK_TABLES);
  for (const t of tables) addSheet(workbook, sheetNameOf(t.file), t.columns, t.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
