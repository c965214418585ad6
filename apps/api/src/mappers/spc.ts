import type { Spc } from '@outcomes/contract';
import type { Frequency } from '@outcomes/core';
import { labelOfPeriod } from './period-label.js';
import type { MetricSpc } from '../services/metric-spc.js';

/** The series' `spc` field: core's result with period labels and the target it judged by. */
export function toSpc({ result, target }: MetricSpc, frequency: Frequency): Spc | null {
  if (result === null) return null;
  const current = result.currentProcess;
  return {
    measure: result.measure,
    runLength: result.runLength,
    mean: result.mean,
    lowerLimit: result.lowerLimit,
    upperLimit: result.upperLimit,
    lowerTwoSigma: result.lowerTwoSigma,
    upperTwoSigma: result.upperTwoSigma,
    limitsFrom: result.limitsFrom,
    limitsTo: result.limitsTo,
    trial: result.trial,
    groups: result.groups.map((g) => ({ ...g })),
    variation: result.variation,
    currentProcess:
      current === null
        ? null
        : { ...current, shiftFromLabel: labelOfPeriod(current.shiftFrom, frequency) },
    assurance: result.assurance,
    target,
    points: result.points.map((p) => ({
      periodStart: p.periodStart,
      label: labelOfPeriod(p.periodStart, frequency),
      value: p.value,
      group: p.group,
      mean: p.mean,
      upperLimit: p.upperLimit,
      lowerLimit: p.lowerLimit,
      upperTwoSigma: p.upperTwoSigma,
      lowerTwoSigma: p.lowerTwoSigma,
      rule: p.rule,
      signal: p.signal,
    })),
  };
}
