// Switching values and the Monte Carlo run as the contract gives them: money rounded to pence,
// input values on their own scales, each input's label and stated range from core's one list.
import type { Uncertainty } from '@outcomes/contract';
import {
  roundToPence,
  UNCERTAIN_INPUTS,
  type SwitchingValue,
  type UncertainInputKey,
} from '@outcomes/core';
import type { MonteCarloTaskResult } from '../services/uncertainty/monte-carlo-runner.js';

const inputOf = (key: UncertainInputKey) => {
  const input = UNCERTAIN_INPUTS.find((i) => i.key === key);
  if (input === undefined) throw new Error(`Unknown uncertain input '${key}'`);
  return input;
};

export function toUncertainty(
  programmeId: string,
  asOf: string,
  discountRate: number,
  netPresentValue: number,
  switching: readonly SwitchingValue[],
  run: MonteCarloTaskResult,
): Uncertainty {
  return {
    programmeId,
    asOf,
    discountRate,
    netPresentValue: roundToPence(netPresentValue),
    inputs: UNCERTAIN_INPUTS.map((i) => ({
      key: i.key,
      label: i.label,
      move: i.move,
      meaning: i.meaning,
      distribution: run.ranges[i.key],
    })),
    switchingValues: switching.map((s) => ({
      key: s.key,
      label: inputOf(s.key).label,
      move: inputOf(s.key).move,
      central: s.central,
      switchingValue: s.switchingValue,
      change: s.change,
      method: s.method,
    })),
    monteCarlo: {
      seed: run.seed,
      draws: run.draws,
      central: roundToPence(run.central),
      p10: roundToPence(run.p10),
      p50: roundToPence(run.p50),
      p90: roundToPence(run.p90),
      mean: roundToPence(run.mean),
      min: roundToPence(run.min),
      max: roundToPence(run.max),
      shareBelowZero: run.shareBelowZero,
      histogram: run.histogram.map((b) => ({
        from: roundToPence(b.from),
        to: roundToPence(b.to),
        count: b.count,
      })),
      elapsedMs: run.elapsedMs,
    },
  };
}
