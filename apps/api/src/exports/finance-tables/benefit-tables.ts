// The benefits ledger and the lines behind a ledger cell, as downloadable tables.
// Built from the JSON answer itself (already rounded), so a download holds exactly the numbers
// the API and the page show.
import type { BenefitLedger, BenefitLines } from '@outcomes/contract';
import type { ExportCell, ExportTable } from '../export-table.js';
import { filterText, info, col, ROUNDING_NOTE, hasRounding, type ProgrammeInfo } from './common.js';

const GROUP_NAMES: Record<BenefitLedger['groupBy'], string> = {
  strand: 'strand',
  partner: 'partner (bearer share)',
  financialYear: 'financial year',
  outcome: 'outcome',
  category: 'category',
  cashable: 'cashable and non-cashable',
};

export function ledgerTable(ledger: BenefitLedger, programme: ProgrammeInfo): ExportTable {
  const cashableColumn = ledger.groupBy !== 'cashable';
  const columns = [
    col('Key'),
    col('Name'),
    col('Forecast benefit to date (£)', 'money'),
    col('Realised benefit to date (£)', 'money'),
    col('Forecast benefit, whole business case (£)', 'money'),
    ...(cashableColumn ? [col('Realised cashable benefit to date (£)', 'money')] : []),
    col('Lines', 'integer'),
  ];
  const row = (key: string, name: string, a: BenefitLedger['total']): ExportCell[] => [
    key,
    name,
    a.forecastBenefitToDate,
    a.realisedBenefitToDate,
    a.forecastBenefitWholeCase,
    ...(cashableColumn ? [a.realisedCashableToDate ?? null] : []),
    a.lineCount,
  ];
  const differences = ledger.reconciliation
    .filter((r) => r.difference !== 0)
    .map((r) => `${r.measure}: ledger ${r.ledger.toFixed(2)}, summary ${r.summary.toFixed(2)}`);
  return {
    fileName: `${programme.id}-benefits-by-${ledger.groupBy}-${ledger.asOf}`,
    title: `Benefits ledger by ${GROUP_NAMES[ledger.groupBy]}`,
    programme: info(programme),
    asOf: ledger.asOf,
    notes: [
      ROUNDING_NOTE,
      differences.length === 0
        ? 'The total row equals the programme summary to the penny.'
        : `Rounding differences from the programme summary: ${differences.join('; ')}.`,
    ],
    sheetName: `Benefits by ${ledger.groupBy}`,
    columns,
    rows: [
      ...ledger.rows.map((r) => row(r.key, r.name, r)),
      ...(hasRounding(ledger.rounding)
        ? [
            row('rounding', 'Rounding', {
              ...ledger.rounding,
              ...(cashableColumn ? {} : { realisedCashableToDate: undefined }),
              lineCount: 0,
            }),
          ]
        : []),
      row('total', 'Total', ledger.total),
    ],
  };
}

const MEASURE_NAMES: Record<BenefitLines['measure'], string> = {
  forecastBenefitToDate: 'forecast benefit to date',
  realisedBenefitToDate: 'realised benefit to date',
  forecastBenefitWholeCase: 'forecast benefit, whole business case',
  realisedCashableToDate: 'realised cashable benefit to date',
};

export function benefitLinesTable(lines: BenefitLines, programme: ProgrammeInfo): ExportTable {
  const realised = lines.measure.startsWith('realised');
  const suffix = Object.values(lines.filters)
    .filter((v): v is string => v !== null)
    .join('-');
  return {
    fileName: `${programme.id}-lines-${lines.measure}${lines.part === 'all' ? '' : `-${lines.part}`}${suffix ? `-${suffix}` : ''}-${lines.asOf}`,
    title: `Lines behind ${MEASURE_NAMES[lines.measure]}${lines.part === 'all' ? '' : ` (${lines.part} part)`}, ${filterText(lines.filters)}`,
    programme: info(programme),
    asOf: lines.asOf,
    notes: [
      '£ = improvement × attribution × unit cost as priced × deflator factor × (1 − optimism bias) × period-length factor × additional share (1 − leakage)(1 − displacement)(1 − substitution)(1 − deadweight) × bearer share × part factor; each line rounded to the penny for display.',
      `Total ${lines.total.toFixed(2)} over ${lines.lineCount} lines: the exact sum, rounded once${lines.rounding === 0 ? '' : `; the shown lines differ from it by ${lines.rounding.toFixed(2)} of rounding`}.`,
    ],
    sheetName: 'Lines',
    columns: [
      col('Metric id'),
      col('Metric'),
      col('Strand'),
      col('Bearer (partner)'),
      col('Period start'),
      col('Period'),
      col('Financial year'),
      col('Counterfactual', 'number'),
      col(realised ? 'Actual' : 'Forecast', 'number'),
      col('Improvement', 'number'),
      col('Attribution', 'ratio'),
      col('Unit cost'),
      col('Unit cost as priced (£)', 'money'),
      col('Price year'),
      col('Deflator factor', 'number'),
      col('Uprated unit cost (£)', 'money'),
      col('Optimism bias', 'share'),
      col('Period-length factor', 'ratio'),
      col('Leakage', 'share'),
      col('Displacement', 'share'),
      col('Substitution', 'share'),
      col('Deadweight', 'share'),
      col('Additional share', 'ratio'),
      col('Bearer share', 'share'),
      col('Cashable share', 'share'),
      col('Part factor', 'ratio'),
      col('£', 'money'),
    ],
    rows: [
      ...lines.lines.map((l) => [
        l.metricId,
        l.metricName,
        l.strandId,
        l.partnerId,
        l.periodStart,
        l.label,
        l.financialYear,
        l.counterfactual,
        l.value,
        l.improvement,
        l.attribution,
        l.unitCostName,
        l.unitCostAsPriced,
        l.priceYear,
        l.deflatorFactor,
        l.upratedUnitCost,
        l.optimismBias,
        l.periodLengthFactor,
        l.leakage,
        l.displacement,
        l.substitution,
        l.deadweight,
        l.additionalityFactor,
        l.bearerShare,
        l.cashableShare,
        l.partFactor,
        l.amount,
      ]),
      ...(lines.rounding === 0
        ? []
        : [['rounding', 'Rounding', ...Array<ExportCell>(24).fill(null), lines.rounding]]),
      ['total', 'Total', ...Array<ExportCell>(24).fill(null), lines.total],
    ],
  };
}
