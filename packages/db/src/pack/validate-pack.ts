// Validates a whole programme pack once its files are read (from a folder by readPack, from a
// workbook or the forms by readPackFiles). Every row and every cross-reference is checked before
// anything is returned, so the caller gets all the errors at once (or a pack with none).
import { isValidPeriodStart, type Frequency } from '@outcomes/core';
import type * as z from 'zod';
import { checkAppraisalColumns } from './appraisal-checks.js';
import { checkComparators } from './comparator-checks.js';
import { checkPersistence } from './persistence-checks.js';
import { checkRetirements } from './retirement-checks.js';
import { packFromRows, type Valid } from './pack-from-rows.js';
import { idSet, readInFull, rowChecks } from './row-checks.js';
import { checkUnitCosts } from './unit-cost-checks.js';
import type { Pack } from './pack.js';
import type { PackError } from './pack-error.js';
import {
  PACK_FILES,
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
import type { ProgrammeJsonResult } from './programme-json.js';
import type { CsvFile } from './read-csv.js';

export type ReadPackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

export type Report = (error: PackError) => void;

const PERIOD_STARTS: Record<Frequency, string> = {
  month: 'the 1st of a month',
  quarter: '1 April, 1 July, 1 October or 1 January',
  year: '1 April',
};

function validateRows<T>(
  spec: { file: string; schema: z.ZodType<T, Record<string, string>> },
  csv: CsvFile | null,
  report: Report,
): Valid<T>[] {
  const valid: Valid<T>[] = [];
  for (const { line, values } of csv?.rows ?? []) {
    const parsed = spec.schema.safeParse(values);
    if (parsed.success) {
      valid.push({ line, row: parsed.data });
    } else {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0];
        report({
          file: spec.file,
          line,
          column: column === undefined ? null : String(column),
          message: issue.message,
        });
      }
    }
  }
  return valid;
}

/** Every file of a pack, read (null when missing or unreadable, already reported). */
export interface LoadedPackFiles {
  programmeJson: ProgrammeJsonResult;
  partnersFile: CsvFile | null;
  outcomesFile: CsvFile | null;
  strandsFile: CsvFile | null;
  unitCostsFile: CsvFile | null;
  bearersFile: CsvFile | null;
  metricsFile: CsvFile | null;
  baselinesFile: CsvFile | null;
  forecastsFile: CsvFile | null;
  actualsFile: CsvFile | null;
  costsFile: CsvFile | null;
  deflatorsFile: CsvFile | null;
  commentaryFile: CsvFile | null;
  comparatorsFile: CsvFile | null;
}

/** Checks every row and cross-reference; `errors` already holds the problems found reading. */
export function validatePack(files: LoadedPackFiles, errors: PackError[]): ReadPackResult {
  const report: Report = (error) => errors.push(error);
  const {
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
  } = files;
  const { programme, priceBaseYear } = programmeJson;
  const partners = validateRows(partnersCsv, partnersFile, report);
  const outcomes = validateRows(outcomesCsv, outcomesFile, report);
  const strands = validateRows(strandsCsv, strandsFile, report);
  const unitCosts = validateRows(unitCostsCsv, unitCostsFile, report);
  const bearers = validateRows(unitCostBearersCsv, bearersFile, report);
  const metrics = validateRows(metricsCsv, metricsFile, report);
  const baselines = validateRows(baselinesCsv, baselinesFile, report);
  const forecasts = validateRows(forecastsCsv, forecastsFile, report);
  const actuals = validateRows(actualsCsv, actualsFile, report);
  const costs = validateRows(costsCsv, costsFile, report);
  const deflators = validateRows(deflatorsCsv, deflatorsFile, report);
  const commentary = validateRows(commentaryCsv, commentaryFile, report);
  const comparators = validateRows(comparatorsCsv, comparatorsFile, report);

  const { unique, ref } = rowChecks(report);

  const byId = (row: { id: string }): string => row.id;
  const idText = (row: { id: string }): string => `id "${row.id}"`;
  unique(partnersCsv.file, 'id', partners, byId, idText);
  unique(outcomesCsv.file, 'id', outcomes, byId, idText);
  unique(strandsCsv.file, 'id', strands, byId, idText);
  unique(unitCostsCsv.file, 'id', unitCosts, byId, idText);
  unique(metricsCsv.file, 'id', metrics, byId, idText);

  const partnerIds = idSet('partner', partnersCsv.file, partnersFile, 'id');
  const outcomeIds = idSet('outcome', outcomesCsv.file, outcomesFile, 'id');
  const strandIds = idSet('strand', strandsCsv.file, strandsFile, 'id');
  const unitCostIds = idSet('unit cost', unitCostsCsv.file, unitCostsFile, 'id');
  const metricIds = idSet('metric', metricsCsv.file, metricsFile, 'id');

  // strands.csv
  for (const { line, row } of strands) {
    ref(strandsCsv.file, line, 'sponsor_partner_id', row.sponsor_partner_id, partnerIds);
  }

  checkUnitCosts(
    {
      unitCosts,
      bearers,
      bearersFile,
      deflators,
      deflatorsFile,
      priceBaseYear,
      unitCostIds,
      partnerIds,
    },
    report,
  );

  // metrics.csv
  const unitCostById = new Map(unitCosts.map((u) => [u.row.id, u.row]));
  for (const { line, row } of metrics) {
    ref(metricsCsv.file, line, 'strand_id', row.strand_id, strandIds);
    ref(metricsCsv.file, line, 'outcome_id', row.outcome_id, outcomeIds);
    ref(metricsCsv.file, line, 'owner_partner_id', row.owner_partner_id, partnerIds);
    ref(metricsCsv.file, line, 'unit_cost_id', row.unit_cost_id, unitCostIds);
    const unitCost = row.unit_cost_id === null ? undefined : unitCostById.get(row.unit_cost_id);
    const needed = row.kind === 'flow' ? 'event' : 'year';
    if (unitCost !== undefined && unitCost.per !== needed) {
      report({
        file: metricsCsv.file,
        line,
        column: 'unit_cost_id',
        message:
          `unit cost "${unitCost.id}" is a cost per ${unitCost.per}, but a ${row.kind} metric needs a cost per ${needed} ` +
          '(flow metrics take a cost per event, stock metrics a cost per year)',
      });
    }
  }

  // baselines.csv: exactly one per metric.
  unique(
    baselinesCsv.file,
    'metric_id',
    baselines,
    (r) => r.metric_id,
    (r) => `baseline for metric "${r.metric_id}"`,
  );
  for (const { line, row } of baselines) {
    ref(baselinesCsv.file, line, 'metric_id', row.metric_id, metricIds);
    if (
      row.measured_from !== null &&
      row.measured_to !== null &&
      row.measured_from > row.measured_to
    ) {
      report({
        file: baselinesCsv.file,
        line,
        column: 'measured_to',
        message: `${row.measured_to} is before measured_from (${row.measured_from}); expected the end of the measurement period`,
      });
    }
  }
  if (readInFull(baselinesFile)) {
    const withBaseline = new Set(baselinesFile.rows.map((r) => r.values['metric_id'] ?? ''));
    for (const { line, row } of metrics) {
      if (!withBaseline.has(row.id)) {
        report({
          file: baselinesCsv.file,
          line: null,
          column: 'metric_id',
          message: `metric "${row.id}" (metrics.csv line ${line}) has no baseline; expected exactly one row per metric`,
        });
      }
    }
  }

  // forecasts.csv and actuals.csv: known metric, a period start of its frequency, once each.
  const frequencyOf = new Map(metrics.map((m) => [m.row.id, m.row.frequency]));
  const periodRows = [
    {
      file: forecastsCsv.file,
      rows: forecasts as Valid<{ metric_id: string; period_start: string }>[],
    },
    { file: actualsCsv.file, rows: actuals },
    { file: commentaryCsv.file, rows: commentary },
    { file: comparatorsCsv.file, rows: comparators },
  ];
  for (const { file, rows } of periodRows) {
    unique(
      file,
      'period_start',
      rows,
      (r) => `${r.metric_id}\u0000${r.period_start}`,
      (r) => `row for metric "${r.metric_id}" and period ${r.period_start}`,
    );
    for (const { line, row } of rows) {
      ref(file, line, 'metric_id', row.metric_id, metricIds);
      const frequency = frequencyOf.get(row.metric_id);
      if (frequency !== undefined && !isValidPeriodStart(row.period_start, frequency)) {
        report({
          file,
          line,
          column: 'period_start',
          message:
            `${row.period_start} does not start a ${frequency}; metric "${row.metric_id}" is ` +
            `${frequency === 'month' ? 'monthly' : frequency === 'quarter' ? 'quarterly' : 'yearly'}, ` +
            `so its periods start on ${PERIOD_STARTS[frequency]}`,
        });
      }
    }
  }

  // costs.csv
  unique(
    costsCsv.file,
    'kind',
    costs,
    (r) => [r.strand_id, r.partner_id, r.financial_year, r.kind].join('\u0000'),
    (r) =>
      `${r.kind} cost of partner "${r.partner_id}" to strand "${r.strand_id}" in ${r.financial_year}`,
  );
  for (const { line, row } of costs) {
    ref(costsCsv.file, line, 'strand_id', row.strand_id, strandIds);
    ref(costsCsv.file, line, 'partner_id', row.partner_id, partnerIds);
  }
  checkComparators(
    {
      metrics,
      baselines,
      comparators,
      metricsWithRows:
        comparatorsFile === null
          ? new Set()
          : readInFull(comparatorsFile)
            ? new Set(comparatorsFile.rows.map((r) => r.values['metric_id'] ?? ''))
            : null,
    },
    report,
  );
  checkPersistence(metrics, report);
  checkRetirements({ metrics, actuals, programme }, report);
  checkAppraisalColumns(
    {
      unitCosts,
      costs,
      priceBaseYear,
      indexedYears:
        deflatorsFile === null || readInFull(deflatorsFile)
          ? new Set([
              ...(deflatorsFile?.rows.map((r) => r.values['financial_year'] ?? '') ?? []),
              ...deflators.map((d) => d.row.financial_year),
            ])
          : null,
    },
    report,
  );

  if (errors.length > 0 || programme === null) {
    return { ok: false, errors: sortErrors(errors) };
  }

  const pack = packFromRows({
    programme,
    partners,
    outcomes,
    strands,
    unitCosts,
    bearers,
    metrics,
    baselines,
    forecasts,
    actuals,
    costs,
    deflators,
    commentary,
    comparators,
  });
  return { ok: true, pack };
}

/** Pack file order, then line (file-level problems first); ties keep the order found. */
function sortErrors(errors: PackError[]): PackError[] {
  const fileRank = (file: string): number => {
    const i = (PACK_FILES as readonly string[]).indexOf(file);
    return i === -1 ? PACK_FILES.length : i;
  };
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        fileRank(a.error.file) - fileRank(b.error.file) ||
        (a.error.line ?? 0) - (b.error.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ error }) => error);
}
