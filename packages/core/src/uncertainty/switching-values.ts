// Switching values: how far one input must move, the others held at the pack's values, for the
// business case's net present value to reach zero (HM Treasury Green Book 2022, chapter 5,
// "Sensitivity analysis": a switching value is the value an input would need to take for the
// proposal's NPV to become zero). Unit costs scale every benefit, so theirs has a closed form:
// NPV(×u) = ×u × PVB − PVC = 0 at ×u = PVC / PVB. For the others NPV need not be linear (growth
// compounds; attribution is capped at 1; the discount rate divides), so the value is found by
// scanning outward from the pack's value for the nearest change of sign, then bisecting.
import { modelBenefit, modelCost, modelNpv, type NpvModel } from './npv-model.js';
import {
  centralValues,
  UNCERTAIN_INPUTS,
  type InputValues,
  type UncertainInputKey,
} from './uncertain-inputs.js';

/** Where each input is looked for a switching value (beyond these it is "none in range"). */
export const SEARCH_BOUNDS: Record<UncertainInputKey, { min: number; max: number }> = {
  growth: { min: -0.5, max: 0.5 },
  attribution: { min: 0, max: 10 },
  optimismBias: { min: -1, max: 1 },
  unitCosts: { min: 0, max: 100 },
  discountRate: { min: 0, max: 0.99 },
  dropOff: { min: -1, max: 1 },
};

const SCAN_STEPS = 400;
const BISECTIONS = 80;

export interface SwitchingValue {
  key: UncertainInputKey;
  /** The pack's value on the input's scale (a multiplier's is 1). */
  central: number;
  /** The value at which NPV is zero; null when NPV keeps its sign across the search bounds. */
  switchingValue: number | null;
  /** switchingValue − central (a multiplier's is then a fraction: −0.21 is 21% lower). */
  change: number | null;
  /** 'closed-form' (unit costs) or 'bisection'. */
  method: 'closed-form' | 'bisection';
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let flo = f(lo);
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid;
      flo = fm;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/** The root of f nearest to `from` within [min, max], or null. */
export function nearestRoot(
  f: (x: number) => number,
  from: number,
  min: number,
  max: number,
): number | null {
  const f0 = f(from);
  if (f0 === 0) return from;
  const step = Math.max(from - min, max - from) / SCAN_STEPS;
  for (let i = 1; i <= SCAN_STEPS; i++) {
    for (const dir of [-1, 1]) {
      const prev = from + dir * (i - 1) * step;
      const x = from + dir * i * step;
      if (x < min || x > max) continue;
      if (Math.sign(f(x)) !== Math.sign(f0)) return bisect(f, prev, x);
    }
  }
  return null;
}

/** The switching value of every uncertain input, in UNCERTAIN_INPUTS order. */
export function switchingValues(model: NpvModel): SwitchingValue[] {
  const central = centralValues(model.discountRate);
  return UNCERTAIN_INPUTS.map(({ key }) => {
    const at = (x: number): InputValues => ({ ...central, [key]: x });
    let value: number | null;
    let method: SwitchingValue['method'] = 'bisection';
    if (key === 'unitCosts') {
      method = 'closed-form';
      const benefit = modelBenefit(model, central);
      value = benefit > 0 ? modelCost(model, central.discountRate) / benefit : null;
    } else {
      const { min, max } = SEARCH_BOUNDS[key];
      value = nearestRoot((x) => modelNpv(model, at(x)), central[key], min, max);
    }
    return {
      key,
      central: central[key],
      switchingValue: value,
      change: value === null ? null : value - central[key],
      method,
    };
  });
}
