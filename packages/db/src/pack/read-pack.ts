// Reads a programme pack from a folder: programme.json and the CSV files, all of them, then
// validatePack checks every row and cross-reference, so the caller gets all the errors at once (or
// a pack with none).
import { stat } from 'node:fs/promises';
import type { PackError } from './pack-error.js';
import {
  actualsCsv,
  baselinesCsv,
  costsCsv,
  deflatorsCsv,
  commentaryCsv,
  comparatorsCsv,
  forecastsCsv,
  metricsCsv,
  outcomesCsv,
  partnersCsv,
  strandsCsv,
  unitCostBearersCsv,
  unitCostsCsv,
} from './pack-files.js';
import { readProgrammeJson } from './programme-json.js';
import { readCsv } from './read-csv.js';
import { validatePack, type ReadPackResult, type Report } from './validate-pack.js';

export type { ReadPackResult, Report } from './validate-pack.js';

export async function readPack(dir: string): Promise<ReadPackResult> {
  const errors: PackError[] = [];
  const report: Report = (error) => errors.push(error);

  const folder = await stat(dir).catch(() => null);
  if (folder === null || !folder.isDirectory()) {
    return {
      ok: false,
      errors: [
        {
          file: dir,
          line: null,
          column: null,
          message: `the pack folder does not exist; expected a folder holding programme.json and the CSV files`,
        },
      ],
    };
  }

  const [
    programmeJson,
    partnersFile,
    outcomesFile,
    strandsFile,
    unitCostsFile,
    bearersFile,
    metricsFile,
  ] = await Promise.all([
    readProgrammeJson(dir, report),
    readCsv(dir, partnersCsv, report),
    readCsv(dir, outcomesCsv, report),
    readCsv(dir, strandsCsv, report),
    readCsv(dir, unitCostsCsv, report),
    readCsv(dir, unitCostBearersCsv, report),
    readCsv(dir, metricsCsv, report),
  ]);
  const [
    baselinesFile,
    forecastsFile,
    actualsFile,
    costsFile,
    deflatorsFile,
    commentaryFile,
    comparatorsFile,
  ] = await Promise.all([
    readCsv(dir, baselinesCsv, report),
    readCsv(dir, forecastsCsv, report),
    readCsv(dir, actualsCsv, report),
    readCsv(dir, costsCsv, report),
    readCsv(dir, deflatorsCsv, report),
    readCsv(dir, commentaryCsv, report),
    readCsv(dir, comparatorsCsv, report),
  ]);

  return validatePack(
    {
      programmeJson,
      partnersFile,
      outcomesFile,
      strandsFile,
      unitCostsFile,
      bearersFile,
      metricsFile,
      baselinesFile,
      forecastsFile,
      actualsFile,
      costsFile,
      deflatorsFile,
      commentaryFile,
      comparatorsFile,
    },
    errors,
  );
}
