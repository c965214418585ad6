// Cross-row checks of the appraisal columns (issue 18) that one cell cannot make on its own:
// a unit cost's separate economic or social part must not repeat its own category, and a cost
// line priced in another year than the price base needs both deflator indexes, exactly as a
// unit cost does. Each problem names file, line and column.
import type { Report } from './validate-pack.js';
import { costsCsv, unitCostsCsv } from './pack-files.js';

interface Line<T> {
  line: number;
  row: T;
}

export interface AppraisalCheckInput {
  unitCosts: readonly Line<{
    id: string;
    category: string;
    economic_gbp: number | null;
    social_gbp: number | null;
  }>[];
  costs: readonly Line<{
    strand_id: string;
    partner_id: string;
    financial_year: string;
    kind: string;
    price_year: string | null;
  }>[];
  /** Financial years deflators.csv has an index for; null when it could not be read in full. */
  indexedYears: ReadonlySet<string> | null;
  priceBaseYear: string | null;
}

export function checkAppraisalColumns(input: AppraisalCheckInput, report: Report): void {
  for (const { line, row } of input.unitCosts) {
    for (const [column, value] of [
      ['economic_gbp', row.economic_gbp],
      ['social_gbp', row.social_gbp],
    ] as const) {
      const part = column === 'economic_gbp' ? 'economic' : 'social';
      if (value !== null && value > 0 && row.category === part) {
        report({
          file: unitCostsCsv.file,
          line,
          column,
          message:
            `unit cost "${row.id}" is in category ${part}, so value_gbp is already its ${part} ` +
            `part; expected ${column} empty (or the category changed to the value_gbp's own)`,
        });
      }
    }
  }
  const base = input.priceBaseYear;
  const indexed = input.indexedYears;
  if (base === null || indexed === null) return;
  for (const { line, row } of input.costs) {
    if (row.price_year === null || row.price_year === base) continue;
    for (const year of [row.price_year, base]) {
      if (indexed.has(year)) continue;
      const which = year === base ? `the price base year ${base}` : year;
      report({
        file: costsCsv.file,
        line,
        column: 'price_year',
        message:
          `the ${row.financial_year} ${row.kind} cost of partner "${row.partner_id}" to strand ` +
          `"${row.strand_id}" is in ${row.price_year} prices but the programme's price base year ` +
          `is ${base}, and deflators.csv has no index for ${which}; expected a row ` +
          `"${year},<index>" in deflators.csv`,
      });
    }
  }
}
