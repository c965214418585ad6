// The variance view for the JSON answer: the core's bridge rounded to pence, and its waterfall
// (rounded once, with a rounding bar when the shown steps would not add up).
import type { BridgeMoney, Variance, VarianceRow } from '@outcomes/contract';
import {
  programmeBridge,
  roundHalfAwayFromZero,
  roundedWaterfall,
  strandBridge,
  UNIT_COST_STEP_REASON,
  type BridgeMoney as CoreBridgeMoney,
  type BridgeUnits,
  type ProgrammeEvaluation,
  type StrandEvaluation,
  type WaterfallStepInput,
} from '@outcomes/core';
import { roundMoneyFields } from './money.js';

const MONEY_KEYS = [
  'forecastAllEnded',
  'missingReturns',
  'volume',
  'unitCost',
  'realised',
  'forecastComparable',
  'gap',
] as const;

const roundMoney = (m: CoreBridgeMoney): BridgeMoney => roundMoneyFields(m, MONEY_KEYS);

/** Units to 2 decimals: forecasts may be fractional, and sums carry float noise. */
const roundUnits = (u: BridgeUnits): BridgeUnits => ({
  forecastAllEnded: roundHalfAwayFromZero(u.forecastAllEnded, 2),
  missingReturns: roundHalfAwayFromZero(u.missingReturns, 2),
  volume: roundHalfAwayFromZero(u.volume, 2),
  actual: roundHalfAwayFromZero(u.actual, 2),
  forecastComparable: roundHalfAwayFromZero(u.forecastComparable, 2),
});

/** The waterfall: forecast of ended periods → missing returns → volume by part → unit cost → realised. */
function bars(money: CoreBridgeMoney, volumeSteps: WaterfallStepInput[]) {
  return roundedWaterfall(
    {
      key: 'forecast-all-ended',
      label: 'Forecast, all ended periods',
      value: money.forecastAllEnded,
    },
    [
      { key: 'missing-returns', label: 'Missing returns', value: money.missingReturns },
      ...volumeSteps,
      { key: 'unit-cost', label: 'Unit-cost changes', value: money.unitCost },
    ],
    { key: 'realised', label: 'Realised benefit to date', value: money.realised },
  );
}

export function toProgrammeVariance(
  evaluation: ProgrammeEvaluation,
  programmeName: string,
): Variance {
  const bridge = programmeBridge(evaluation);
  const rows: VarianceRow[] = bridge.strands.map((s, i) => ({
    id: s.strandId,
    name: evaluation.strands[i]?.strand.name ?? s.strandId,
    unit: null,
    monetised: s.metrics.some((m) => m.monetised),
    money: roundMoney(s.money),
    units: null,
    missingReturnCount: s.missingReturnCount,
  }));
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    strandId: null,
    name: programmeName,
    money: roundMoney(bridge.money),
    missingReturnCount: bridge.missingReturnCount,
    bars: bars(
      bridge.money,
      rows
        .map((r, i) => ({ row: r, money: bridge.strands[i]?.money.volume ?? 0 }))
        .filter(({ row }) => row.monetised)
        .map(({ row, money }) => ({
          key: `volume-${row.id}`,
          label: `Volume: ${row.name}`,
          value: money,
        })),
    ),
    rows,
    unitCostNote: UNIT_COST_STEP_REASON,
  };
}

export function toStrandVariance(
  evaluation: ProgrammeEvaluation,
  strand: StrandEvaluation,
): Variance {
  const bridge = strandBridge(strand);
  const rows: VarianceRow[] = bridge.metrics.map((m, i) => ({
    id: m.metricId,
    name: strand.metrics[i]?.metric.name ?? m.metricId,
    unit: strand.metrics[i]?.metric.unit ?? null,
    monetised: m.monetised,
    money: roundMoney(m.money),
    units: roundUnits(m.units),
    missingReturnCount: m.missingReturnCount,
  }));
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    strandId: strand.strand.id,
    name: strand.strand.name,
    money: roundMoney(bridge.money),
    missingReturnCount: bridge.missingReturnCount,
    bars: bars(
      bridge.money,
      bridge.metrics
        .map((m, i) => ({ m, row: rows[i] }))
        .filter(({ m }) => m.monetised)
        .map(({ m, row }) => ({
          key: `volume-${m.metricId}`,
          label: `Volume: ${row?.name ?? m.metricId}`,
          value: m.money.volume,
        })),
    ),
    rows,
    unitCostNote: UNIT_COST_STEP_REASON,
  };
}
