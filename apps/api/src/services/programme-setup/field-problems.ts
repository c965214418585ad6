// The pack loader's errors (file, line, column) said against the form that caused them: each
// names the body field at fault, so the web form can put the message beside that field. A 400
// with these in `details` is what every setup and framework form answers to bad input.
import { PROGRAMME_FILE, type PackError } from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/** programme.json's fields as the settings form names them. */
const SETTINGS_FIELDS: Record<string, string> = {
  id: 'id',
  name: 'name',
  place: 'place',
  description: 'description',
  firstFinancialYear: 'firstFinancialYear',
  years: 'lastFinancialYear',
  priceBaseYear: 'priceBaseYear',
  discountRate: 'discountRate',
  ragThresholds: 'ragGreen',
  'ragThresholds.green': 'ragGreen',
  'ragThresholds.amber': 'ragAmber',
  reinvestmentShare: 'reinvestmentShare',
  illustrative: 'illustrative',
};

/**
 * The body field for one loader error: programme.json's fields by SETTINGS_FIELDS, a CSV file's
 * columns by `columns` (snake_case column to the form's field); null when the form has no such
 * field (the message is then shown for the whole form).
 */
function fieldOf(error: PackError, columns: Readonly<Record<string, string>>): string | null {
  if (error.column === null) return null;
  if (error.file === PROGRAMME_FILE) return SETTINGS_FIELDS[error.column] ?? null;
  return columns[error.column] ?? null;
}

/** The loader's message with the file's jargon ("partners.csv") said as the product says it. */
function plain(error: PackError): string {
  return error.message.replace(/\b([a-z_]+)\.csv\b/g, (_, name: string) => name.replace(/_/g, ' '));
}

/**
 * A 400 naming every field at fault; problems with no field of the form are named by what the
 * loader said, so nothing is hidden.
 */
export function invalidForm(
  errors: readonly PackError[],
  columns: Readonly<Record<string, string>> = {},
  extra: readonly FieldProblem[] = [],
): ApiError {
  const problems: FieldProblem[] = [...extra];
  for (const error of errors) {
    const field = fieldOf(error, columns);
    // The placeholder year count stands in for a last year already named in `extra`.
    if (field !== null && problems.some((p) => p.field === field)) continue;
    problems.push({ field: field ?? 'form', message: plain(error) });
  }
  const count = problems.length;
  const summary = problems
    .map((p) => (p.field === 'form' ? p.message : `${p.field}: ${p.message}`))
    .join('; ');
  return new ApiError(
    400,
    'bad_request',
    `${count} problem${count === 1 ? '' : 's'}; nothing was changed. ${summary}`,
    problems,
  );
}
