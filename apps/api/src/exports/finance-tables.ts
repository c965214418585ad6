// Each finance answer as a downloadable table. Built from the JSON answer itself (already
// rounded), so a download holds exactly the numbers the API and the page show.
import type {
  BenefitLedger,
  BenefitLines,
  CostLines,
  ProgrammeEquity,
  ProgrammeReturns,
  ReinvestmentPot,
  ReturnsBlock,
  UnitCostRegister,
} from '@outcomes/contract';
import type { Programme } from '@outcomes/core';
import type { ExportCell, ExportColumn, ExportTable } from './export-table.js';

type ProgrammeInfo = Pick<Programme, 'id' | 'name' | 'place' | 'illustrative'>;

const info = (p: ProgrammeInfo) => ({
  id: p.id,
  name: p.name,
  place: p.place,
  illustrative: p.illustrative,
});

const col = (header: string, kind: ExportColumn['kind'] = 'text'): ExportColumn => ({
  header,
  kind,
});

const ROUNDING_NOTE =
  'Money in pounds. Every figure is computed at full precision and rounded to the penny once, when shown, so a total is the same value wherever it appears; where the rounded rows do not add up to the rounded total, a rounding row shows the difference.';

const GROUP_NAMES: Record<BenefitLedger['groupBy'], string> = {
  strand: 'strand',
  partner: 'partner (bearer share)',
  financialYear: 'financial year',
  outcome: 'outcome',
  category: 'category',
  cashable: 'cashable and non-cashable',
};

const hasRounding = (rounding: Record<string, number | undefined>) =>
  Object.values(rounding).some((v) => v !== undefined && v !== 0);

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

function filterText(filters: Record<string, string | null>): string {
  const parts = Object.entries(filters)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} ${v}`);
  return parts.length === 0 ? 'the whole programme' : parts.join(', ');
}

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

export function costLinesTable(lines: CostLines, programme: ProgrammeInfo): ExportTable {
  const suffix = Object.values(lines.filters)
    .filter((v): v is string => v !== null)
    .join('-');
  return {
    fileName: `${programme.id}-costs-${lines.measure}${suffix ? `-${suffix}` : ''}-${lines.asOf}`,
    title: `Cost rows behind ${lines.measure === 'forecastCost' ? 'forecast cost' : 'cost to date'}, ${filterText(lines.filters)}`,
    programme: info(programme),
    asOf: lines.asOf,
    notes: [
      'Cost to date: each row counts in proportion to the days of its financial year ended by the as-of date, using its actual where known, else its forecast (the basis column says which).',
    ],
    sheetName: 'Cost rows',
    columns: [
      col('Strand'),
      col('Partner'),
      col('Financial year'),
      col('Kind'),
      col('Forecast (£)', 'money'),
      col('Actual (£)', 'money'),
      col('Year ended'),
      col('Share of year counted', 'ratio'),
      col('Basis'),
      col('Counted (£)', 'money'),
    ],
    rows: [
      ...lines.lines.map((l) => [
        l.strandId,
        l.partnerId,
        l.financialYear,
        l.kind,
        l.forecast,
        l.actual,
        l.ended,
        l.fraction,
        l.basis,
        l.amount,
      ]),
      ...(lines.rounding === 0
        ? []
        : [['rounding', 'Rounding', null, null, null, null, null, null, null, lines.rounding]]),
      ['total', 'Total', null, null, null, null, null, null, null, lines.total],
    ],
  };
}

function returnsRows(block: ReturnsBlock): ExportCell[][] {
  const years = block.years.map((y): ExportCell[] => [
    block.id,
    block.name,
    y.financialYear,
    y.yearIndex,
    y.discountFactor,
    y.forecastTransitionCost,
    y.forecastRunningCost,
    y.forecastCost,
    y.actualTransitionCost,
    y.actualRunningCost,
    y.actualCost,
    y.forecastBenefit,
    y.forecastBenefitToDate,
    y.realisedBenefitToDate,
    y.forecastNet,
    y.cumulativeForecastNet,
    y.realisedNet,
    y.cumulativeRealisedNet,
    y.presentValue.forecastCost,
    y.presentValue.forecastBenefit,
    y.presentValue.actualCost,
    y.presentValue.realisedBenefit,
    null,
    null,
    null,
    null,
    null,
  ]);
  const bc = block.businessCase;
  const rd = block.realisedToDate;
  const blank = (n: number) => Array<ExportCell>(n).fill(null);
  return [
    ...years,
    [
      block.id,
      block.name,
      'Business case, whole',
      null,
      null,
      null,
      null,
      bc.cost,
      ...blank(3),
      bc.benefit,
      null,
      null,
      bc.net,
      null,
      null,
      null,
      bc.presentValueCost,
      bc.presentValueBenefit,
      null,
      null,
      bc.netPresentValue,
      bc.returnOnInvestment,
      bc.discountedReturnOnInvestment,
      bc.paybackYear,
      bc.discountedPaybackYear,
    ],
    [
      block.id,
      block.name,
      'Realised to date',
      ...blank(7),
      rd.cost,
      null,
      null,
      rd.benefit,
      null,
      null,
      rd.net,
      null,
      null,
      rd.presentValueCost,
      rd.presentValueBenefit,
      rd.netPresentValue,
      rd.returnOnInvestment,
      rd.discountedReturnOnInvestment,
      rd.paybackYear,
      rd.discountedPaybackYear,
    ],
  ];
}

export function returnsTable(returns: ProgrammeReturns, programme: ProgrammeInfo): ExportTable {
  return {
    fileName: `${programme.id}-returns-${returns.asOf}`,
    title: 'Costs and returns by financial year',
    programme: info(programme),
    asOf: returns.asOf,
    notes: [
      `Present values at ${(returns.discountRate * 100).toFixed(2)}% a year, t = 0 in the programme's first year. Return on investment = benefit / cost.`,
      "Realised to date sets benefits and costs of the same periods against each other: realised benefits of the periods ended by the as-of date that have a forecast and an actual, and each year's cost in proportion to the days of that year ended by the as-of date (its actual where known, else its forecast).",
    ],
    sheetName: 'Returns',
    columns: [
      col('Scope id'),
      col('Scope'),
      col('Financial year'),
      col('t', 'integer'),
      col('Discount factor', 'number'),
      col('Forecast transition cost (£)', 'money'),
      col('Forecast running cost (£)', 'money'),
      col('Forecast cost (£)', 'money'),
      col('Transition cost to date (£)', 'money'),
      col('Running cost to date (£)', 'money'),
      col('Cost to date (£)', 'money'),
      col('Forecast benefit, whole case (£)', 'money'),
      col('Forecast benefit to date (£)', 'money'),
      col('Realised benefit to date (£)', 'money'),
      col('Forecast net (£)', 'money'),
      col('Cumulative forecast net (£)', 'money'),
      col('Realised net (£)', 'money'),
      col('Cumulative realised net (£)', 'money'),
      col('PV forecast cost (£)', 'money'),
      col('PV forecast benefit (£)', 'money'),
      col('PV cost to date (£)', 'money'),
      col('PV realised benefit (£)', 'money'),
      col('Net present value (£)', 'money'),
      col('Return on investment', 'ratio'),
      col('Discounted return on investment', 'ratio'),
      col('Payback year'),
      col('Discounted payback year'),
    ],
    rows: [returns.programme, ...returns.strands].flatMap(returnsRows),
  };
}

export function equityTable(equity: ProgrammeEquity, programme: ProgrammeInfo): ExportTable {
  const t = equity.totals;
  return {
    fileName: `${programme.id}-partner-equity-${equity.asOf}`,
    title: 'Partner equity: costs borne and benefits received',
    programme: info(programme),
    asOf: equity.asOf,
    notes: [
      'Gap = benefit share − cost share: positive receives more than it puts in, negative subsidises others.',
    ],
    sheetName: 'Partner equity',
    columns: [
      col('Partner id'),
      col('Partner'),
      col('Kind'),
      col('Cost to date (£)', 'money'),
      col('Share of costs to date', 'share'),
      col('Realised benefit to date (£)', 'money'),
      col('of which cashable (£)', 'money'),
      col('of which non-cashable (£)', 'money'),
      col('Share of benefits to date', 'share'),
      col('Gap to date', 'share'),
      col('Forecast cost, whole case (£)', 'money'),
      col('Share of forecast costs', 'share'),
      col('Forecast benefit, whole case (£)', 'money'),
      col('Share of forecast benefits', 'share'),
      col('Gap, whole case', 'share'),
    ],
    rows: [
      ...equity.partners.map((p) => [
        p.partnerId,
        p.name,
        p.kind,
        p.costToDate,
        p.costShareToDate,
        p.realisedBenefitToDate,
        p.realisedCashableToDate,
        p.realisedNonCashableToDate,
        p.benefitShareToDate,
        p.gapToDate,
        p.forecastCostWholeCase,
        p.forecastCostShare,
        p.forecastBenefitWholeCase,
        p.forecastBenefitShare,
        p.forecastGap,
      ]),
      [
        'total',
        'Total',
        null,
        t.costToDate,
        null,
        t.realisedBenefitToDate,
        t.realisedCashableToDate,
        t.realisedNonCashableToDate,
        null,
        null,
        t.forecastCostWholeCase,
        null,
        t.forecastBenefitWholeCase,
        null,
        null,
      ],
    ],
  };
}

const percentText = (share: number) => `${Number((share * 100).toFixed(4))}%`;

export function unitCostsTable(register: UnitCostRegister, programme: ProgrammeInfo): ExportTable {
  return {
    fileName: `${programme.id}-unit-costs`,
    title: `Unit-cost register (uprated to ${register.priceBaseYear} prices)`,
    programme: info(programme),
    asOf: null,
    notes: [
      'Uprated value = value as priced × deflator factor; after optimism bias = uprated × (1 − correction).',
    ],
    sheetName: 'Unit costs',
    columns: [
      col('Unit cost'),
      col('Name'),
      col('Per'),
      col('Value as priced (£)', 'money'),
      col('Price year'),
      col('Source'),
      col('Category'),
      col('Confidence grade', 'integer'),
      col('Optimism-bias correction', 'share'),
      col('Deflator factor', 'number'),
      col(`Uprated value, ${register.priceBaseYear} prices (£)`, 'money'),
      col('Value after optimism bias (£)', 'money'),
      col('Cashable share', 'share'),
      col('Bearers'),
      col('Metrics using it'),
    ],
    rows: register.unitCosts.map((u) => [
      u.id,
      u.name,
      u.per,
      u.valueAsPriced,
      u.priceYear,
      u.source,
      u.category,
      u.confidenceGrade,
      u.optimismBias,
      u.deflatorFactor,
      u.upratedValue,
      u.valueAfterOptimismBias,
      u.cashableShare,
      u.bearers.map((b) => `${b.name} ${percentText(b.share)}`).join('; '),
      u.metrics.map((m) => m.name).join('; '),
    ]),
  };
}

export function reinvestmentTable(pot: ReinvestmentPot, programme: ProgrammeInfo): ExportTable {
  const national = pot.nationalPartners.map((p) => p.name).join('; ');
  return {
    fileName: `${programme.id}-reinvestment-pot-${pot.asOf}`,
    title: `Reinvestment pot: ${percentText(pot.reinvestmentShare)} of realised cashable benefit to local budgets`,
    programme: info(programme),
    asOf: pot.asOf,
    notes: [
      'The pot counts cashable savings to budgets the partnership controls (local). Cashable savings to national budgets are shown beside it and are never in it.',
      national === '' ? 'No partner has a national budget.' : `National budgets: ${national}.`,
      'Each figure is computed at full precision and rounded once; a rounding row shows where the rounded years do not add up to the rounded total.',
    ],
    sheetName: 'Reinvestment pot',
    columns: [
      col('Financial year'),
      col('Realised cashable benefit, local budgets (£)', 'money'),
      col('Reinvestment share', 'share'),
      col('Pot (£)', 'money'),
      col('Realised cashable benefit, national budgets, not in the pot (£)', 'money'),
    ],
    rows: [
      ...pot.years.map((y) => [
        y.financialYear,
        y.localCashable,
        pot.reinvestmentShare,
        y.pot,
        y.nationalCashable,
      ]),
      ...(hasRounding(pot.rounding)
        ? [
            [
              'Rounding',
              pot.rounding.localCashable,
              null,
              pot.rounding.pot,
              pot.rounding.nationalCashable,
            ],
          ]
        : []),
      [
        'Total',
        pot.totalLocalCashable,
        pot.reinvestmentShare,
        pot.totalPot,
        pot.totalNationalCashable,
      ],
    ],
  };
}
