// The business-case workbook's layout: one sheet per pack file (pack-format.md), named after the
// file without its extension, with the pack's columns; programme.json becomes a two-column
// "programme" sheet of field and value. The writer and the reader share this, so they agree.
import { PACK_FILES, PROGRAMME_FILE } from '@outcomes/db';

/** 'unit_costs.csv' → 'unit_costs'; 'programme.json' → 'programme'. */
export function sheetNameOf(file: string): string {
  return file.replace(/\.(csv|json)$/, '');
}

/** Every pack file with its sheet name, in pack-format order. */
export const WORKBOOK_SHEETS: readonly { file: string; sheet: string }[] = PACK_FILES.map(
  (file) => ({ file, sheet: sheetNameOf(file) }),
);

export const PROGRAMME_SHEET = sheetNameOf(PROGRAMME_FILE);

/** A sheet of guidance the writer adds and the reader skips. */
export const READ_ME_SHEET = 'read me';

/** The programme sheet's header row. */
export const PROGRAMME_COLUMNS = ['field', 'value'] as const;

/** programme.json's fields as rows of the programme sheet; a dot names a nested field. */
export const PROGRAMME_FIELDS = [
  'id',
  'name',
  'place',
  'description',
  'firstFinancialYear',
  'years',
  'priceBaseYear',
  'discountRate',
  'ragThresholds.green',
  'ragThresholds.amber',
  'reinvestmentShare',
  'optimismBias.1',
  'optimismBias.2',
  'optimismBias.3',
  'optimismBias.4',
  'optimismBias.5',
  'optimismBias.6',
  'illustrative',
  'spcShiftRunLength',
  'population',
  'comparisonOptIn',
  'publicPage',
] as const;

/** Fields whose value is true or false in programme.json. */
export const BOOLEAN_PROGRAMME_FIELDS: ReadonlySet<string> = new Set([
  'illustrative',
  'comparisonOptIn',
  'publicPage',
]);

/** Fields whose value is a number in programme.json (a text cell of digits is read as one). */
export const NUMERIC_PROGRAMME_FIELDS: ReadonlySet<string> = new Set(
  PROGRAMME_FIELDS.filter((f) => !['id', 'name', 'place', 'description'].includes(f)).filter(
    (f) => !['firstFinancialYear', 'priceBaseYear'].includes(f) && !BOOLEAN_PROGRAMME_FIELDS.has(f),
  ),
);

export const WORKBOOK_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
