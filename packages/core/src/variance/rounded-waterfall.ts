// A waterfall rounded for showing: every bar to whole pence, and a "rounding" step when the
// rounded steps do not add up to the rounded end (each figure is rounded on its own, half away
// from zero, so n steps can drift by up to n/2 pence). The arithmetic after rounding is in
// integer pence, so the shown bars add up exactly.
import { roundToPence } from '../money/round.js';

export interface WaterfallStepInput {
  key: string;
  label: string;
  /** Pounds at full precision. */
  value: number;
}

export interface WaterfallBar {
  key: string;
  label: string;
  kind: 'total' | 'step' | 'rounding';
  /** Pounds, to the penny: the bar's own value (a total's level, a step's change). */
  value: number;
  /** Where the bar starts and ends on the money axis, in pounds to the penny. */
  from: number;
  to: number;
}

const pence = (pounds: number): number => Math.round(roundToPence(pounds) * 100);
const pounds = (p: number): number => p / 100;

/**
 * The bars of a waterfall from `start` through `steps` to `end`. The caller guarantees that
 * start + Σ steps = end at full precision (up to floating-point noise); any difference that the
 * rounding leaves shows as a "Rounding" bar between the last step and the end.
 */
export function roundedWaterfall(
  start: WaterfallStepInput,
  steps: readonly WaterfallStepInput[],
  end: WaterfallStepInput,
): WaterfallBar[] {
  const startPence = pence(start.value);
  const bars: WaterfallBar[] = [
    {
      key: start.key,
      label: start.label,
      kind: 'total',
      value: pounds(startPence),
      from: 0,
      to: pounds(startPence),
    },
  ];
  let level = startPence;
  for (const step of steps) {
    const change = pence(step.value);
    bars.push({
      key: step.key,
      label: step.label,
      kind: 'step',
      value: pounds(change),
      from: pounds(level),
      to: pounds(level + change),
    });
    level += change;
  }
  const endPence = pence(end.value);
  if (level !== endPence) {
    bars.push({
      key: 'rounding',
      label: 'Rounding',
      kind: 'rounding',
      value: pounds(endPence - level),
      from: pounds(level),
      to: pounds(endPence),
    });
  }
  bars.push({
    key: end.key,
    label: end.label,
    kind: 'total',
    value: pounds(endPence),
    from: 0,
    to: pounds(endPence),
  });
  return bars;
}
