// A fast model of the business case's net present value, for the thousands of evaluations that
// switching values and a Monte Carlo run need. It is built once from the full evaluation (the
// evaluator's own monetisation and periods, never worked out a second way) and keeps, per
// monetised metric and financial year, the sum of forecasts and the number of periods, so one
// evaluation at moved inputs is a few multiplications per metric-year:
//
//   NPV = Σ_m v_m Σ_t D(t) p_m (F_m,t − K_m,t − N_m,t × b_m (1 + g_m + Δg)^k) − Σ_t D(t) C_t
//   (K: the counterfactual of periods taken from a comparator series, which growth does not move)
//   v_m = min(1, a_m × ×a) × u_m × ×u × (1 − clamp(ob_m + Δob)) × L_m × A_m × W_m,
//   D(t) = 1 / (1 + r)^t,   W_m = D(lag_m) Σ_{k<P_m} ((1 − clamp(d_m + Δd)) / (1 + r))^k
//   (W_m: the metric's lag, persistence and drop-off, calc/appraisal/persistence.ts: a value
//   of year t realised in year t + lag + k at (1 − d)^k has present value D(t) × W_m; 1 with no
//   profile, so the NPV is then the business case's)
//   (A_m: the metric's additional share after leakage, displacement, substitution and deadweight;
//   C_t: the year's forecast costs appraised as the finance pages do, in the price base with the
//   Green Book optimism-bias uplift on costs)
//
// (DESIGN.md's counterfactual, improvement and monetised benefit; Green Book discounting by
// financial-year index). The full evaluation sums pence-rounded lines, this model does not: the
// two agree to within half a penny a line (tested).
import { counterfactualYearIndex } from '../calc/counterfactual-anchor.js';
import { polarityOf } from '../calc/polarity.js';
import type { FinanceEvaluation } from '../finance/evaluate-finance.js';
import { financialYearIndex } from '../periods/financial-year.js';
import type { InputValues } from './uncertain-inputs.js';

export interface NpvModelYear {
  /** Programme year index: discounting. */
  t: number;
  /** Whole years from the counterfactual's anchor: growth. */
  k: number;
  /** Σ of the year's forecasts. */
  forecastSum: number;
  /** Periods with a forecast in the year whose counterfactual grows with the baseline. */
  periods: number;
  /**
   * Σ counterfactual of the year's periods that take it from a comparator series: observed, so
   * it does not move with growth.
   */
  comparatorCounterfactualSum: number;
}

export interface NpvModelMetric {
  metricId: string;
  /** −1 lower is better, +1 higher is better. */
  polarity: number;
  baseline: number;
  growth: number;
  attribution: number;
  upratedUnitCost: number;
  optimismBias: number;
  periodLengthFactor: number;
  /** Additional share (1 − L)(1 − D)(1 − S)(1 − DW); 1 without additionality. */
  additionalityFactor: number;
  /** The metric's profile; no lag, one year and no drop-off without one. */
  lagYears: number;
  persistenceYears: number;
  dropOffRate: number;
  years: NpvModelYear[];
}

/** Plain data (no functions), so it can be handed to a worker thread. */
export interface NpvModel {
  discountRate: number;
  metrics: NpvModelMetric[];
  /** Forecast costs in pounds by programme year index. */
  costs: { t: number; amount: number }[];
  /** Benefit lines of the full evaluation: the bound on the rounding difference. */
  lineCount: number;
}

/**
 * Built from the finance view (finance/evaluate-finance.ts): its evaluation, and its costs, which
 * are already appraised (price base, optimism-bias uplift on forecasts). Taking the finance view
 * rather than the pack's data is what keeps the uplift from being applied a second time: the
 * model once appraised `data.costs` itself and was handed the finance view's appraised costs, so
 * its NPV fell short of the business case's whenever a cost had a price year or an uplift.
 */
export function buildNpvModel(finance: FinanceEvaluation): NpvModel {
  const { data, evaluation } = finance;
  const first = data.programme.firstFinancialYear;
  const metrics: NpvModelMetric[] = [];
  let lineCount = 0;
  for (const strand of evaluation.strands) {
    for (const m of strand.metrics) {
      const money = m.monetisation;
      if (money === null) continue;
      const years = new Map<string, NpvModelYear>();
      for (const p of m.periods) {
        if (p.forecast === null) continue;
        lineCount += money.unitCost.bearers.length;
        const year = years.get(p.financialYear) ?? {
          t: financialYearIndex(p.financialYear, first),
          k: counterfactualYearIndex(m.counterfactualAnchor, p.financialYear),
          forecastSum: 0,
          periods: 0,
          comparatorCounterfactualSum: 0,
        };
        year.forecastSum += p.forecast;
        if (p.comparator === undefined || p.comparator === null) year.periods += 1;
        else year.comparatorCounterfactualSum += p.counterfactual;
        years.set(p.financialYear, year);
      }
      metrics.push({
        metricId: m.metric.id,
        polarity: polarityOf(m.metric.polarity),
        baseline: m.metric.baseline.value,
        growth: m.metric.baseline.annualGrowth,
        attribution: money.attribution,
        upratedUnitCost: money.upratedUnitCost,
        optimismBias: money.optimismBias,
        periodLengthFactor: money.periodLengthFactor,
        additionalityFactor: money.additionality.factor,
        lagYears: m.metric.persistence?.lagYears ?? 0,
        persistenceYears: m.metric.persistence?.persistenceYears ?? 1,
        dropOffRate: m.metric.persistence?.dropOffRate ?? 0,
        years: [...years.values()],
      });
    }
  }
  const costs = new Map<number, number>();
  for (const c of data.costs) {
    const t = financialYearIndex(c.financialYear, first);
    costs.set(t, (costs.get(t) ?? 0) + c.forecastPence);
  }
  return {
    discountRate: data.programme.discountRate,
    metrics,
    costs: [...costs].map(([t, pence]) => ({ t, amount: pence / 100 })),
    lineCount,
  };
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Present value, at the start of the year an outcome is achieved, of one pound of its value
 * spread by the metric's profile: D(lag) Σ_{k<P} ((1 − d) / (1 + r))^k, exactly 1 with no lag
 * and one year (rate is 1 + r).
 */
function persistenceWeight(m: NpvModelMetric, dropOffShift: number, rate: number): number {
  if (m.persistenceYears === 1 && m.lagYears === 0) return 1;
  const q = (1 - clamp01(m.dropOffRate + dropOffShift)) / rate;
  let sum = 0;
  let w = 1;
  for (let k = 0; k < m.persistenceYears; k++) {
    sum += w;
    w *= q;
  }
  return sum / rate ** m.lagYears;
}

/** Present value of the forecast benefits at the moved inputs. */
export function modelBenefit(model: NpvModel, v: InputValues): number {
  const growth = 1 + v.growth;
  const rate = 1 + v.discountRate;
  let total = 0;
  for (const m of model.metrics) {
    const value =
      Math.min(1, m.attribution * v.attribution) *
      m.upratedUnitCost *
      v.unitCosts *
      (1 - clamp01(m.optimismBias + v.optimismBias)) *
      m.periodLengthFactor *
      m.additionalityFactor *
      persistenceWeight(m, v.dropOff, rate);
    const g = growth + m.growth;
    let sum = 0;
    for (const y of m.years) {
      const cf = y.comparatorCounterfactualSum + y.periods * m.baseline * g ** y.k;
      sum += (y.forecastSum - cf) / rate ** y.t;
    }
    total += value * m.polarity * sum;
  }
  return total;
}

/** Present value of the forecast costs at the rate given. */
export function modelCost(model: NpvModel, discountRate: number): number {
  let total = 0;
  for (const c of model.costs) total += c.amount / (1 + discountRate) ** c.t;
  return total;
}

/** The business case's net present value at the moved inputs. */
export function modelNpv(model: NpvModel, v: InputValues): number {
  return modelBenefit(model, v) - modelCost(model, v.discountRate);
}
