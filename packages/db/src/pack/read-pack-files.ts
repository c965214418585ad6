// The in-memory entry to pack validation: a pack's files given as text, as tables already split
// into cells (a workbook's sheets) or as a parsed programme.json, checked by the same code as a
// folder (validatePack), so the loader, the workbook import and the forms cannot disagree.
import type { PackError } from './pack-error.js';
import {
  actualsCsv,
  baselinesCsv,
  costsCsv,
  commentaryCsv,
  comparatorsCsv,
  deflatorsCsv,
  forecastsCsv,
  metricsCsv,
  outcomesCsv,
  partnersCsv,
  strandsCsv,
  unitCostBearersCsv,
  unitCostsCsv,
} from './pack-files.js';
import {
  parseProgrammeJson,
  PROGRAMME_FILE,
  validateProgrammeJson,
  type ProgrammeJsonResult,
} from './programme-json.js';
import {
  csvFileFromRecords,
  parseCsvText,
  reportMissingCsv,
  type CsvFile,
  type CsvFileSpec,
  type CsvRecord,
} from './read-csv.js';
import { validatePack, type ReadPackResult, type Report } from './validate-pack.js';

/**
 * A pack's files held in memory, by file name ('programme.json', 'metrics.csv', ...): a file's
 * text, a table already split into cells (a worksheet's rows, the header first), or for
 * programme.json its parsed value. An absent file reads as missing from the folder.
 */
export type PackFileContent =
  { text: string } | { records: readonly CsvRecord[] } | { value: unknown };

export type PackFiles = ReadonlyMap<string, PackFileContent>;

function programmeFromMemory(
  content: PackFileContent | undefined,
  report: Report,
): ProgrammeJsonResult {
  if (content === undefined) {
    report({
      file: PROGRAMME_FILE,
      line: null,
      column: null,
      message: 'the file is missing; a pack needs programme.json with the programme settings',
    });
    return { programme: null, priceBaseYear: null };
  }
  if ('value' in content) return validateProgrammeJson(content.value, report);
  if ('text' in content) return parseProgrammeJson(content.text, report);
  report({
    file: PROGRAMME_FILE,
    line: null,
    column: null,
    message: 'expected the programme settings, not a table',
  });
  return { programme: null, priceBaseYear: null };
}

function csvFromMemory(
  spec: CsvFileSpec,
  content: PackFileContent | undefined,
  report: Report,
): CsvFile | null {
  if (content === undefined) {
    reportMissingCsv(spec, report);
    return null;
  }
  if ('text' in content) return parseCsvText(content.text, spec, report);
  if ('records' in content) return csvFileFromRecords(spec, content.records, true, report);
  report({ file: spec.file, line: null, column: null, message: 'expected a table, not settings' });
  return null;
}

/**
 * The same validation as readPack, for a pack held in memory (a workbook's sheets, a form's
 * edit): one validator serves the command-line loader, the workbook import and the forms.
 */
export function readPackFiles(files: PackFiles): ReadPackResult {
  const errors: PackError[] = [];
  const report: Report = (error) => errors.push(error);
  const csv = (spec: CsvFileSpec) => csvFromMemory(spec, files.get(spec.file), report);
  return validatePack(
    {
      programmeJson: programmeFromMemory(files.get(PROGRAMME_FILE), report),
      partnersFile: csv(partnersCsv),
      outcomesFile: csv(outcomesCsv),
      strandsFile: csv(strandsCsv),
      unitCostsFile: csv(unitCostsCsv),
      bearersFile: csv(unitCostBearersCsv),
      metricsFile: csv(metricsCsv),
      baselinesFile: csv(baselinesCsv),
      forecastsFile: csv(forecastsCsv),
      actualsFile: csv(actualsCsv),
      costsFile: csv(costsCsv),
      deflatorsFile: csv(deflatorsCsv),
      commentaryFile: csv(commentaryCsv),
      comparatorsFile: csv(comparatorsCsv),
    },
    errors,
  );
}
