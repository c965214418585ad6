// Reading the meeting dates typed into the GOV.UK date inputs (day, month, year), with the errors
// in words as the GOV.UK date input pattern writes them. Dates only: no figure is computed here.

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateField = keyof DateParts;

export type ParsedDate =
  | { kind: 'blank' }
  | { kind: 'date'; iso: string }
  | { kind: 'error'; message: string; fields: DateField[] };

const pad = (n: number) => String(n).padStart(2, '0');

/** Splits an ISO date into the inputs' values; blank for none. */
export function toParts(iso: string | undefined): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** `label` names the date in the message: "The meeting date must include a month". */
export function parseDateParts(parts: DateParts, label: string): ParsedDate {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: 'blank' };
  const missing = (['day', 'month', 'year'] as const).filter((f) => !{ day, month, year }[f]);
  if (missing.length > 0) {
    return {
      kind: 'error',
      message: `${label} must include a ${missing.join(' and a ')}`,
      fields: [...missing],
    };
  }
  const numeric = /^\d+$/;
  if (!numeric.test(day) || !numeric.test(month) || !numeric.test(year)) {
    return {
      kind: 'error',
      message: `${label} must be a real date, written in numbers`,
      fields: ['day', 'month', 'year'],
    };
  }
  if (year.length !== 4) {
    return { kind: 'error', message: `Year must include 4 numbers`, fields: ['year'] };
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    m < 1 ||
    m > 12 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d
  ) {
    return { kind: 'error', message: `${label} must be a real date`, fields: ['day', 'month'] };
  }
  return { kind: 'date', iso: `${year}-${pad(m)}-${pad(d)}` };
}
