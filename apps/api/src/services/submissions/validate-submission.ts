// Checks every row of an upload (or every entered figure) against the programme and collects
// every problem: the header, unknown metrics, metrics another agency returns, period starts that
// are not valid for the metric's frequency or not yet ended, values that are not numbers or are
// negative, the same metric-period twice, and periods of a retired metric on or after its
// retirement date (no figure is due for them). Nothing is stored unless the list is empty.
// A row whose value is blank is no error: the templates list every figure owed and the officer
// may fill in only those they have, so the row is skipped and the figure stays owed.
import {
  SUBMISSION_COLUMNS,
  SUBMISSION_GUIDE_COLUMNS,
  SUBMISSION_NOTE_MAX_LENGTH,
} from '@outcomes/contract';
import type { SubmissionError } from '@outcomes/contract';
import {
  figuresDue,
  hasEnded,
  isValidPeriodStart,
  periodEnd,
  periodLabel,
  type Frequency,
  type IsoDate,
} from '@outcomes/core';
import type { NewSubmissionRow } from '@outcomes/db';
import { cellAsText, parseDateCell, parseValueCell } from './parse-cells.js';
import { cellText, isBlank, type RawCell, type RawRow, type RawTable } from './raw-table.js';

export interface SubmissionMetric {
  id: string;
  name: string;
  frequency: Frequency;
  ownerPartnerId: string;
  /** The first day from which no figures are due (issue 17); absent or null: in use. */
  retiredFrom?: IsoDate | null;
}

export interface ValidationContext {
  metrics: ReadonlyMap<string, SubmissionMetric>;
  partnerNames: ReadonlyMap<string, string>;
  /** The partner the user returns figures for; null when they may return any (an admin). */
  partnerId: string | null;
  /** Periods must have ended by this date (today in the UK). */
  today: IsoDate;
}

/** A row left without a figure: nothing is stored for it. */
export interface SkippedRow {
  row: number;
  metricId: string;
  periodStart: IsoDate;
}

export interface ValidatedSubmission {
  rows: NewSubmissionRow[];
  skipped: SkippedRow[];
  errors: SubmissionError[];
  /** Some row names a metric another agency returns (the answer is then 403, not 422). */
  forbidden: boolean;
}

type Column = (typeof SUBMISSION_COLUMNS)[number];

const EXPECTED_COLUMNS = `expected exactly the columns ${SUBMISSION_COLUMNS.join(', ')} (in any order; the template's ${SUBMISSION_GUIDE_COLUMNS.join(', ')} may stay)`;

const STARTS: Record<Frequency, string> = {
  month: 'the first day of a month',
  quarter: '1 April, 1 July, 1 October or 1 January',
  year: '1 April (the start of a financial year)',
};

/** A, B, ..., Z, AA, ...: how a spreadsheet names the column at a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Header names compared loosely: "Metric ID" and " metric_id " both mean metric_id. */
const normaliseHeading = (cell: RawCell): string =>
  cellAsText(cell)
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const longDate = (iso: IsoDate): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

interface HeaderResult {
  indexOf: Map<Column, number> | null;
  errors: SubmissionError[];
}

function readHeader(table: RawTable): HeaderResult {
  const { header, rows } = table;
  const errors: SubmissionError[] = [];
  const indexOf = new Map<Column, number>();
  const seen = new Map<string, number>();
  const error = (column: string | null, cell: RawCell, message: string) =>
    errors.push({ row: header.row, column, value: cellText(cell), message });

  header.cells.forEach((cell, index) => {
    const name = normaliseHeading(cell);
    const letter = columnLetter(index);
    if (name === '') {
      // A blank heading matters only when the column holds something.
      if (rows.some((r) => !isBlank(r.cells[index] ?? null))) {
        error(
          null,
          cell,
          `column ${letter} has values but no heading (a stray comma or cell?); ${EXPECTED_COLUMNS}`,
        );
      }
      return;
    }
    const previous = seen.get(name);
    seen.set(name, index);
    if (previous !== undefined) {
      error(
        name,
        cell,
        `column "${name}" appears twice in the header (columns ${columnLetter(previous)} and ${letter}); ${EXPECTED_COLUMNS}`,
      );
    } else if ((SUBMISSION_COLUMNS as readonly string[]).includes(name)) {
      indexOf.set(name as Column, index);
    } else if ((SUBMISSION_GUIDE_COLUMNS as readonly string[]).includes(name)) {
      // The template's guidance: read past, never stored.
    } else {
      const hint =
        header.cells.length === 1 && /[;\t]/.test(name)
          ? ' (separate columns with commas, not semicolons or tabs)'
          : '';
      error(
        name,
        cell,
        `unknown column "${cellAsText(cell)}" (column ${letter})${hint}; ${EXPECTED_COLUMNS}`,
      );
    }
  });
  for (const column of SUBMISSION_COLUMNS) {
    if (!indexOf.has(column)) {
      errors.push({
        row: header.row,
        column,
        value: null,
        message: `missing column "${column}"; ${EXPECTED_COLUMNS}`,
      });
    }
  }
  const usable = SUBMISSION_COLUMNS.every((c) => indexOf.has(c));
  const duplicated = errors.some((e) => e.message.includes('appears twice'));
  return { indexOf: usable && !duplicated ? indexOf : null, errors };
}

function checkRow(
  raw: RawRow,
  indexOf: Map<Column, number>,
  headerWidth: number,
  context: ValidationContext,
  seen: Map<string, number>,
  out: ValidatedSubmission,
): void {
  const cell = (column: Column): RawCell => raw.cells[indexOf.get(column) ?? -1] ?? null;
  const error = (column: Column | null, value: RawCell, message: string) =>
    out.errors.push({ row: raw.row, column, value: cellText(value), message });

  raw.cells.forEach((value, index) => {
    if (index >= headerWidth && !isBlank(value)) {
      error(
        null,
        value,
        `column ${columnLetter(index)} has a value but no heading; ${EXPECTED_COLUMNS}`,
      );
    }
  });

  const metricCell = cell('metric_id');
  const metricId = cellAsText(metricCell);
  const metric = context.metrics.get(metricId);
  if (metricId === '') {
    error('metric_id', metricCell, 'is empty; expected the id of a metric, as in the template');
  } else if (metric === undefined) {
    error(
      'metric_id',
      metricCell,
      `no metric "${metricId}" in this programme; expected a metric id as the templates give them`,
    );
  } else if (context.partnerId !== null && metric.ownerPartnerId !== context.partnerId) {
    out.forbidden = true;
    const owner = context.partnerNames.get(metric.ownerPartnerId) ?? metric.ownerPartnerId;
    const yours = context.partnerNames.get(context.partnerId) ?? context.partnerId;
    error(
      'metric_id',
      metricCell,
      `metric "${metricId}" (${metric.name}) is returned by ${owner}, not by your agency (${yours})`,
    );
  }

  const periodCell = cell('period_start');
  const period = parseDateCell(periodCell);
  let periodStart: IsoDate | null = null;
  if (!period.ok) {
    error('period_start', periodCell, period.message);
  } else if (metric !== undefined) {
    const start = period.value;
    if (!isValidPeriodStart(start, metric.frequency)) {
      error(
        'period_start',
        periodCell,
        `${longDate(start)} does not start a period of "${metricId}", which is returned every ${metric.frequency}; expected ${STARTS[metric.frequency]}`,
      );
    } else if (!figuresDue(start, metric.retiredFrom)) {
      // Retired (issue 17): no figure is owed for this period, so none is taken.
      error(
        'period_start',
        periodCell,
        `metric "${metricId}" was retired from ${metric.retiredFrom ?? ''}; no figures are due for ${periodLabel(start, metric.frequency)}`,
      );
    } else if (!hasEnded(start, metric.frequency, context.today)) {
      error(
        'period_start',
        periodCell,
        `${periodLabel(start, metric.frequency)} has not ended yet (it ends on ${longDate(periodEnd(start, metric.frequency))}); return its figure after it ends`,
      );
    } else {
      periodStart = start;
    }
  }

  const valueCell = cell('value');
  const blank = isBlank(valueCell);
  const value = parseValueCell(valueCell);
  if (!value.ok && !blank) error('value', valueCell, value.message);

  const noteCell = cell('note');
  const note = cellAsText(noteCell);
  if (note.length > SUBMISSION_NOTE_MAX_LENGTH) {
    error(
      'note',
      noteCell,
      `is ${note.length} characters long; a note may be at most ${SUBMISSION_NOTE_MAX_LENGTH}`,
    );
  }

  if (metric !== undefined && periodStart !== null) {
    const key = `${metric.id}\u0000${periodStart}`;
    const first = seen.get(key);
    if (first !== undefined) {
      error(
        'period_start',
        periodCell,
        `"${metric.id}" for ${periodLabel(periodStart, metric.frequency)} is also on row ${first}; give each figure once`,
      );
    } else {
      seen.set(key, raw.row);
      if (blank) {
        out.skipped.push({ row: raw.row, metricId: metric.id, periodStart });
      } else if (value.ok) {
        out.rows.push({
          row: raw.row,
          metricId: metric.id,
          periodStart,
          value: value.value,
          note: note === '' ? null : note,
        });
      }
    }
  }
}

export function validateSubmission(
  table: RawTable,
  context: ValidationContext,
): ValidatedSubmission {
  const out: ValidatedSubmission = { rows: [], skipped: [], errors: [], forbidden: false };
  const header = readHeader(table);
  out.errors.push(...header.errors);
  if (header.indexOf === null) return out;
  if (table.rows.length === 0) {
    out.errors.push({
      row: null,
      column: null,
      value: null,
      message: 'The file has a header row but no figures: add a row for each figure below it',
    });
    return out;
  }
  const seen = new Map<string, number>();
  for (const raw of table.rows) {
    checkRow(raw, header.indexOf, table.header.cells.length, context, seen, out);
  }
  if (out.errors.length === 0 && out.rows.length === 0) {
    out.errors.push({
      row: null,
      column: null,
      value: null,
      message:
        'Every value is blank, so there is nothing to store: fill in at least one figure (rows left blank are skipped and stay owed)',
    });
  }
  return out;
}
