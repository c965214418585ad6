/** One problem found in a programme pack. */
export interface PackError {
  /** File name within the pack folder, e.g. 'metrics.csv' or 'programme.json'. */
  file: string;
  /** 1-based line as an editor shows it (the header is line 1); null for file- or JSON-level problems. */
  line: number | null;
  /** CSV column name or programme.json field; null when the problem is not about one column. */
  column: string | null;
  /** What is wrong and what was expected. */
  message: string;
}

/** `metrics.csv:7 unit_cost_id: ...`, the form editors and terminals make clickable. */
export function formatPackError(error: PackError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return error.column === null
    ? `${where}: ${error.message}`
    : `${where} ${error.column}: ${error.message}`;
}

/** Thrown by loadPack when the pack is invalid; nothing has been written. */
export class PackValidationError extends Error {
  readonly errors: readonly PackError[];

  constructor(errors: readonly PackError[]) {
    const first = errors[0];
    super(
      `The programme pack has ${errors.length} error${errors.length === 1 ? '' : 's'}` +
        (first === undefined ? '' : `; the first: ${formatPackError(first)}`),
    );
    this.name = 'PackValidationError';
    this.errors = errors;
  }
}

/** Thrown by loadPack when the programme is already loaded and replace was not asked for. */
export class ProgrammeExistsError extends Error {
  readonly programmeId: string;

  constructor(programmeId: string) {
    super(
      `Programme "${programmeId}" is already loaded; nothing was changed. ` +
        'Load with replace (--replace on the command line) to replace it.',
    );
    this.name = 'ProgrammeExistsError';
    this.programmeId = programmeId;
  }
}
