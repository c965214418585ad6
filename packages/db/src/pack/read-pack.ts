// Reads and validates a whole programme pack. Every file is read and every rule checked before
// anything is returned, so the caller gets all the errors at once (or a pack with none).
import { stat } from 'node:fs/promises';
import {
  isValidPeriodStart,
  type Additionality,
  type Frequency,
  type UnitCost,
} from '@outcomes/core';
import type * as z from 'zod';
import { checkAppraisalColumns } from './appraisal-checks.js';
import { checkComparators, groupByMetric, packComparator } from './comparator-checks.js';
import { checkPersistence, packPersistence } from './persistence-checks.js';
import { checkRetirements } from './retirement-checks.js';
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
import { readProgrammeJson, type ProgrammeJsonResult } from './programme-json.js';
import { readCsv, type CsvFile } from './read-csv.js';

export type ReadPackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

export type Report = (error: PackError) => void;

interface Valid<T> {
  line: number;
  row: T;
}

/** Bearer shares must sum to 1 within this tolerance (pack-format.md). */
const SHARE_SUM_TOLERANCE = 1e-9;

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

/**
 * Ids a file declares, including rows that failed validation for another reason (so a bad row
 * is reported once, not again by every row that refers to it). Null when the file could not be
 * read in full: references to it are then not checked.
 */
interface IdSet {
  what: string;
  file: string;
  ids: Set<string> | null;
}

function idSet(what: string, file: string, csv: CsvFile | null, column: string): IdSet {
  const ids = readInFull(csv) ? new Set(csv.rows.map((r) => r.values[column] ?? '')) : null;
  return { what, file, ids };
}

/** Every record of the file was read (so checks that need all its rows can run). */
function readInFull(csv: CsvFile | null): csv is CsvFile {
  return csv !== null && csv.usable && csv.complete;
}

function listIds(ids: Set<string>): string {
  const valid = [...ids].filter((id) => id !== '');
  return valid.length <= 8 ? ` (${valid.join(', ')})` : '';
}

function sumText(n: number): string {
  return String(Number(n.toPrecision(12)));
}

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

  /** Reports the second and later rows with the same key. */
  function unique<T>(
    file: string,
    column: string,
    rows: Valid<T>[],
    key: (row: T) => string,
    describe: (row: T) => string,
  ): void {
    const first = new Map<string, number>();
    for (const { line, row } of rows) {
      const k = key(row);
      const seen = first.get(k);
      if (seen === undefined) first.set(k, line);
      else
        report({
          file,
          line,
          column,
          message: `duplicate ${describe(row)}; already given on line ${seen}`,
        });
    }
  }

  function ref(
    file: string,
    line: number,
    column: string,
    value: string | null,
    target: IdSet,
  ): void {
    if (value === null || target.ids === null || target.ids.has(value)) return;
    report({
      file,
      line,
      column,
      message: `unknown ${target.what} "${value}"; expected an id from ${target.file}${listIds(target.ids)}`,
    });
  }

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

  // unit_cost_bearers.csv: references, one row per pair, shares summing to 1 per unit cost.
  unique(
    unitCostBearersCsv.file,
    'partner_id',
    bearers,
    (r) => `${r.unit_cost_id}\u0000${r.partner_id}`,
    (r) => `bearer "${r.partner_id}" for unit cost "${r.unit_cost_id}"`,
  );
  for (const { line, row } of bearers) {
    ref(unitCostBearersCsv.file, line, 'unit_cost_id', row.unit_cost_id, unitCostIds);
    ref(unitCostBearersCsv.file, line, 'partner_id', row.partner_id, partnerIds);
  }
  if (readInFull(bearersFile)) {
    // A unit cost with any unreadable bearer row is not summed: its sum would mislead.
    const validLines = new Set(bearers.map((b) => b.line));
    const incomplete = new Set(
      bearersFile.rows
        .filter((r) => !validLines.has(r.line))
        .map((r) => r.values['unit_cost_id'] ?? ''),
    );
    const groups = new Map<string, Valid<{ share: number }>[]>();
    for (const b of bearers) {
      const group = groups.get(b.row.unit_cost_id) ?? [];
      group.push(b);
      groups.set(b.row.unit_cost_id, group);
    }
    for (const [unitCostId, group] of groups) {
      if (incomplete.has(unitCostId)) continue;
      const sum = group.reduce((total, b) => total + b.row.share, 0);
      if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
        report({
          file: unitCostBearersCsv.file,
          line: group[0]?.line ?? null,
          column: 'share',
          message:
            `the shares of unit cost "${unitCostId}" (lines ${group.map((b) => b.line).join(', ')}) ` +
            `sum to ${sumText(sum)}; expected them to sum to 1`,
        });
      }
    }
    const withBearers = new Set(bearersFile.rows.map((r) => r.values['unit_cost_id'] ?? ''));
    for (const { line, row } of unitCosts) {
      if (!withBearers.has(row.id)) {
        report({
          file: unitCostBearersCsv.file,
          line: null,
          column: 'unit_cost_id',
          message:
            `unit cost "${row.id}" (unit_costs.csv line ${line}) has no bearers; ` +
            'expected rows saying which partners bear the cost, with shares summing to 1',
        });
      }
    }
  }

  // unit_costs.csv: a price year other than the base year needs both deflator indexes.
  unique(
    deflatorsCsv.file,
    'financial_year',
    deflators,
    (r) => r.financial_year,
    (r) => `index for financial year ${r.financial_year}`,
  );
  if (priceBaseYear !== null && (deflatorsFile === null || readInFull(deflatorsFile))) {
    const indexed = new Set(deflatorsFile?.rows.map((r) => r.values['financial_year'] ?? '') ?? []);
    for (const { row } of deflators) indexed.add(row.financial_year);
    const base = priceBaseYear;
    for (const { line, row } of unitCosts) {
      if (row.price_year === base) continue;
      for (const year of [row.price_year, base]) {
        if (indexed.has(year)) continue;
        const which = year === base ? `the price base year ${base}` : year;
        report({
          file: unitCostsCsv.file,
          line,
          column: 'price_year',
          message:
            `unit cost "${row.id}" is priced in ${row.price_year} but the programme's price base year is ${base}, ` +
            `and deflators.csv has no index for ${which}; expected a row "${year},<index>" in deflators.csv`,
        });
      }
    }
  }

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

  const bearersOf = new Map<string, UnitCost['bearers']>();
  for (const { row } of bearers) {
    const list = bearersOf.get(row.unit_cost_id) ?? [];
    list.push({ partnerId: row.partner_id, share: row.share });
    bearersOf.set(row.unit_cost_id, list);
  }
  const comparatorRows = groupByMetric(comparators);
  const pack: Pack = {
    programme,
    partners: partners.map(({ row }) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      budget: row.budget,
    })),
    outcomes: outcomes.map(({ row }) => ({ id: row.id, name: row.name })),
    strands: strands.map(({ row }) => ({
      id: row.id,
      name: row.name,
      sponsorPartnerId: row.sponsor_partner_id,
      description: row.description,
    })),
    unitCosts: unitCosts.map(({ row }) => ({
      id: row.id,
      name: row.name,
      per: row.per,
      valuePence: row.value_gbp,
      priceYear: row.price_year,
      source: row.source,
      confidenceGrade: row.confidence_grade as UnitCost['confidenceGrade'],
      category: row.category,
      cashableShare: row.cashable_share,
      bearers: bearersOf.get(row.id) ?? [],
      ...(row.economic_gbp === null ? {} : { economicPence: row.economic_gbp }),
      ...(row.social_gbp === null ? {} : { socialPence: row.social_gbp }),
    })),
    metrics: metrics.map(({ row }) => ({
      id: row.id,
      strandId: row.strand_id,
      outcomeId: row.outcome_id,
      name: row.name,
      unit: row.unit,
      frequency: row.frequency,
      polarity: row.polarity,
      kind: row.kind,
      ownerPartnerId: row.owner_partner_id,
      unitCostId: row.unit_cost_id,
      attribution: row.attribution,
      source: row.source,
      cumulative: row.cumulative,
      ...packAdditionality(row),
      ...(row.indicator_code === null ? {} : { indicatorCode: row.indicator_code }),
      ...packComparator(row, comparatorRows),
      ...packPersistence(row),
      ...(row.retired_from === null ? {} : { retiredFrom: row.retired_from }),
    })),
    baselines: baselines.map(({ row }) => ({
      metricId: row.metric_id,
      value: row.value,
      annualGrowth: row.annual_growth,
      measuredFrom: row.measured_from,
      measuredTo: row.measured_to,
      note: row.note,
      growthFrom: row.growth_from,
    })),
    forecasts: forecasts.map(({ row }) => ({
      metricId: row.metric_id,
      periodStart: row.period_start,
      value: row.value,
    })),
    actuals: actuals.map(({ row }) => ({
      metricId: row.metric_id,
      periodStart: row.period_start,
      value: row.value,
      note: row.note,
    })),
    costs: costs.map(({ row }) => ({
      strandId: row.strand_id,
      partnerId: row.partner_id,
      financialYear: row.financial_year,
      kind: row.kind,
      forecastPence: row.forecast_gbp,
      actualPence: row.actual_gbp,
      ...(row.price_year === null ? {} : { priceYear: row.price_year }),
      ...(row.optimism_bias_category === null
        ? {}
        : { optimismBiasCategory: row.optimism_bias_category }),
      ...(row.optimism_bias === null ? {} : { optimismBias: row.optimism_bias }),
    })),
    deflators: deflators.map(({ row }) => ({
      financialYear: row.financial_year,
      index: row.index,
    })),
    commentary: commentary.map(({ row }) => ({
      metricId: row.metric_id,
      periodStart: row.period_start,
      whatHappened: row.what_happened,
      whatHelps: row.what_helps,
      whatHurts: row.what_hurts,
      whatNext: row.what_next,
      author: row.author,
    })),
  };
  return { ok: true, pack };
}

/** A metric row's additionality, or nothing when it gives none (so its figures stand). */
function packAdditionality(row: {
  deadweight: number;
  displacement: number;
  leakage: number;
  substitution: number;
  additionality_source: string | null;
  additionality_grade: string | null;
}): { additionality?: Additionality } {
  const a: Additionality = {
    leakage: row.leakage,
    displacement: row.displacement,
    substitution: row.substitution,
    deadweight: row.deadweight,
    source: row.additionality_source,
    grade: row.additionality_grade,
  };
  const none =
    a.leakage + a.displacement + a.substitution + a.deadweight === 0 &&
    a.source === null &&
    a.grade === null;
  return none ? {} : { additionality: a };
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
