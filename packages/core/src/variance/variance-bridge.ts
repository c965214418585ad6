// The variance bridge: why realised benefit to date differs from the forecast, as a waterfall
// from the forecast of every ended period to the benefit realised. Variance analysis as benefits
// realisation reporting does it (HM Treasury Green Book 2022, "Monitoring and evaluation", and
// the benefits register of the IPA's "Guide to developing the project business case": each
// benefit's forecast against its realisation, the gap explained by cause). The causes here:
//
//   forecast benefit of every ended period        (the business case's promise to date)
//   − forecast benefit of missing returns         (ended, forecast, no figure returned: unknown,
//                                                  never counted as zero)
//   + volume: (A_t − F_t) × value per unit        (demand avoided short of or above forecast, over
//                                                  the comparable periods, at the unit cost in use)
//   + unit-cost changes                           (always 0 here: see UNIT_COST_STEP_REASON)
//   = realised benefit to date
//
// The volume step is exactly realised − forecast over the comparable periods (DESIGN.md
// "achievement to date"), so the bridge ends on the headline's realised figure and passes through
// its forecast figure. Money is at full precision here; roundedWaterfall rounds it for showing.
import type { MetricEvaluation, ProgrammeEvaluation, StrandEvaluation } from '../evaluation.js';

/** Why the unit-cost step is zero: the store keeps one value per unit cost, used for both sides. */
export const UNIT_COST_STEP_REASON =
  'Zero: each unit cost has a single value, used to value both the forecast and the realised ' +
  'benefit. The programme pack records no earlier (business-case) unit cost to compare with, ' +
  'so no part of the gap comes from a changed unit cost.';

/** The money steps of a bridge, in pounds at full precision. */
export interface BridgeMoney {
  /** Σ forecast benefit over every ended period that has a forecast. */
  forecastAllEnded: number;
  /** −Σ forecast benefit over missing returns (≤ 0 when the forecasts are improvements). */
  missingReturns: number;
  /** Σ (realised − forecast benefit) over the comparable periods. */
  volume: number;
  /** Always 0: see UNIT_COST_STEP_REASON. */
  unitCost: number;
  /** Σ realised benefit over the comparable periods (the headline's realised benefit to date). */
  realised: number;
  /** Σ forecast benefit over the comparable periods (the headline's forecast benefit to date). */
  forecastComparable: number;
  /** realised − forecastComparable: the headline gap to forecast (negative when behind). */
  gap: number;
}

/** The same bridge in the metric's own units of improvement (demand avoided, for lower-is-better). */
export interface BridgeUnits {
  forecastAllEnded: number;
  missingReturns: number;
  volume: number;
  /** Σ actual improvement over the comparable periods. */
  actual: number;
  /** Σ forecast improvement over the comparable periods. */
  forecastComparable: number;
}

export interface MetricBridge {
  metricId: string;
  /** False when the metric has no unit cost: its money is all zero and only units count. */
  monetised: boolean;
  money: BridgeMoney;
  units: BridgeUnits;
  missingReturnCount: number;
}

export interface StrandBridge {
  strandId: string;
  /** Over the strand's monetised metrics. */
  money: BridgeMoney;
  missingReturnCount: number;
  metrics: MetricBridge[];
}

export interface ProgrammeBridge {
  money: BridgeMoney;
  missingReturnCount: number;
  strands: StrandBridge[];
}

function emptyMoney(): BridgeMoney {
  return {
    forecastAllEnded: 0,
    missingReturns: 0,
    volume: 0,
    unitCost: 0,
    realised: 0,
    forecastComparable: 0,
    gap: 0,
  };
}

function addMoney(total: BridgeMoney, part: BridgeMoney): void {
  total.forecastAllEnded += part.forecastAllEnded;
  total.missingReturns += part.missingReturns;
  total.volume += part.volume;
  total.unitCost += part.unitCost;
  total.realised += part.realised;
  total.forecastComparable += part.forecastComparable;
  total.gap += part.gap;
}

/** One metric's bridge, from its evaluation's periods. */
export function metricBridge(m: MetricEvaluation): MetricBridge {
  const units: BridgeUnits = {
    forecastAllEnded: 0,
    missingReturns: 0,
    volume: 0,
    actual: 0,
    forecastComparable: 0,
  };
  let missingMoney = 0;
  for (const p of m.periods) {
    if (p.missingReturn) {
      const f = p.forecastImprovement ?? 0;
      units.forecastAllEnded += f;
      units.missingReturns -= f;
      missingMoney += p.forecastBenefit ?? 0;
    } else if (p.comparable) {
      const f = p.forecastImprovement ?? 0;
      const a = p.actualImprovement ?? 0;
      units.forecastAllEnded += f;
      units.forecastComparable += f;
      units.actual += a;
      units.volume += a - f;
    }
  }
  // The evaluation's own sums, so the bridge meets the headline figures exactly.
  const forecastComparable = m.forecastBenefitToDate;
  const realised = m.realisedBenefitToDate;
  return {
    metricId: m.metric.id,
    monetised: m.monetisation !== null,
    money: {
      forecastAllEnded: forecastComparable + missingMoney,
      missingReturns: -missingMoney,
      volume: realised - forecastComparable,
      unitCost: 0,
      realised,
      forecastComparable,
      gap: realised - forecastComparable,
    },
    units,
    missingReturnCount: m.missingReturns,
  };
}

/** A strand's bridge: its metrics' bridges, the money summed over them. */
export function strandBridge(s: StrandEvaluation): StrandBridge {
  const metrics = s.metrics.map(metricBridge);
  const money = emptyMoney();
  for (const m of metrics) addMoney(money, m.money);
  return {
    strandId: s.strand.id,
    money,
    missingReturnCount: s.missingReturns,
    metrics,
  };
}

/** The programme's bridge, by strand. */
export function programmeBridge(evaluation: ProgrammeEvaluation): ProgrammeBridge {
  const strands = evaluation.strands.map(strandBridge);
  const money = emptyMoney();
  for (const s of strands) addMoney(money, s.money);
  return { money, missingReturnCount: evaluation.totals.missingReturns, strands };
}
