// The value stack as a download (CSV through core's toCsv, or XLSX): one row per scope (the
// programme, each strand, each outcome) and basis, built from the JSON answer itself so the
// file holds exactly the numbers the API and the page show.
import type { ProgrammeValueStack, ValueParts } from '@outcomes/contract';
import type { Programme } from '@outcomes/core';
import type { ExportCell, ExportColumn, ExportTable } from './export-table.js';

type ProgrammeInfo = Pick<Programme, 'id' | 'name' | 'place' | 'illustrative'>;

const col = (header: string, kind: ExportColumn['kind'] = 'text'): ExportColumn => ({
  header,
  kind,
});

const BASES = [
  ['businessCase', 'Business case (forecast)'],
  ['realisedToDate', 'Realised to date'],
] as const;

const parts = (p: ValueParts): ExportCell[] => [p.fiscal, p.economic, p.social, p.total];

export function valueStackTable(stack: ProgrammeValueStack, programme: ProgrammeInfo): ExportTable {
  const rows: ExportCell[][] = [];
  for (const block of [stack.programme, ...stack.strands]) {
    for (const [key, label] of BASES) {
      const b = block[key];
      rows.push([
        block.id === 'programme' ? 'programme' : 'strand',
        block.id,
        block.name,
        label,
        ...parts(b.value),
        ...parts(b.presentValue),
        b.cost,
        b.presentValueCost,
        b.financialReturnOnInvestment,
        b.publicValueReturnOnInvestment,
        b.discountedFinancialReturnOnInvestment,
        b.discountedPublicValueReturnOnInvestment,
        b.netPresentBudgetImpact,
        b.netPresentPublicValue,
      ]);
    }
  }
  for (const o of stack.outcomes) {
    for (const [key, label] of BASES) {
      const p = o[key];
      rows.push([
        'outcome',
        o.outcomeId,
        o.name,
        label,
        ...parts(p.value),
        ...parts(p.presentValue),
        ...Array<ExportCell>(8).fill(null),
      ]);
    }
  }
  return {
    fileName: `${programme.id}-value-stack-${stack.asOf}`,
    title: 'Fiscal, economic and social value, and returns on investment',
    programme: {
      id: programme.id,
      name: programme.name,
      place: programme.place,
      illustrative: programme.illustrative,
    },
    asOf: stack.asOf,
    notes: [
      'GMCA cost-benefit model: financial ROI = PV(fiscal) / PV(cost); public value ROI = PV(fiscal + economic + social) / PV(cost).',
      `Present values at ${(stack.discountRate * 100).toFixed(2)}% a year, t = 0 in the programme's first year. Costs fall on strands, so outcomes carry values only.`,
    ],
    sheetName: 'Value stack',
    columns: [
      col('Scope'),
      col('Id'),
      col('Name'),
      col('Basis'),
      col('Fiscal (£)', 'money'),
      col('Economic (£)', 'money'),
      col('Social (£)', 'money'),
      col('Total public value (£)', 'money'),
      col('PV fiscal (£)', 'money'),
      col('PV economic (£)', 'money'),
      col('PV social (£)', 'money'),
      col('PV total public value (£)', 'money'),
      col('Cost (£)', 'money'),
      col('PV cost (£)', 'money'),
      col('Financial ROI', 'ratio'),
      col('Public value ROI', 'ratio'),
      col('Discounted financial ROI', 'ratio'),
      col('Discounted public value ROI', 'ratio'),
      col('Net present budget impact (£)', 'money'),
      col('Net present public value (£)', 'money'),
    ],
    rows,
  };
}
