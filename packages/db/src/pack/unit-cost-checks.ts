// unit_costs.csv, unit_cost_bearers.csv and deflators.csv together: each unit cost borne by known
// partners whose shares sum to 1 (pack-format.md), and a unit cost priced in another year than the
// programme's price base only when deflators.csv indexes both years (Green Book: real prices).
import { deflatorsCsv, unitCostBearersCsv, unitCostsCsv } from './pack-files.js';
import type { RowsOf, Valid } from './pack-from-rows.js';
import type { CsvFile } from './read-csv.js';
import { readInFull, rowChecks, type IdSet } from './row-checks.js';
import type { Report } from './validate-pack.js';

/** Bearer shares must sum to 1 within this tolerance (pack-format.md). */
const SHARE_SUM_TOLERANCE = 1e-9;

export interface UnitCostFiles {
  unitCosts: RowsOf<typeof unitCostsCsv>;
  bearers: RowsOf<typeof unitCostBearersCsv>;
  bearersFile: CsvFile | null;
  deflators: RowsOf<typeof deflatorsCsv>;
  deflatorsFile: CsvFile | null;
  /** programme.json's price base year, when that field alone is valid. */
  priceBaseYear: string | null;
  unitCostIds: IdSet;
  partnerIds: IdSet;
}

export function checkUnitCosts(files: UnitCostFiles, report: Report): void {
  const {
    unitCosts,
    bearers,
    bearersFile,
    deflators,
    deflatorsFile,
    priceBaseYear,
    unitCostIds,
    partnerIds,
  } = files;
  const { unique, ref } = rowChecks(report);
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
}

function sumText(n: number): string {
  return String(Number(n.toPrecision(12)));
}
