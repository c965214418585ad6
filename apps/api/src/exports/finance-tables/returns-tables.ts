// The returns on investment, the equity view and the reinvestment pot, as downloadable tables.
// Built from the JSON answer itself (already rounded), so a download holds exactly the numbers
// the API and the page show.
import type {
  ProgrammeEquity,
  ProgrammeReturns,
  ReinvestmentPot,
  ReturnsBlock,
} from '@outcomes/contract';
import type { ExportCell, ExportTable } from '../export-table.js';
import { percentText, info, col, hasRounding, type ProgrammeInfo } from './common.js';

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
