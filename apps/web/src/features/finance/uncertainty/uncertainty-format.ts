// Words for the uncertainty figures. Display only: every number comes from the API; these turn
// an input's value on its own scale (a multiple, a shift in points, a rate) into text.
import type { SwitchingValueRow, Uncertainty } from '@outcomes/contract';
import { formatRate } from '../../../lib/format';

type Move = SwitchingValueRow['move'];
type Distribution = Uncertainty['inputs'][number]['distribution'];

const points = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const multiple = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** 0.79 → "×0.79"; −0.0783 → "−7.83 points"; 0.12 → "12%". */
export function formatInputValue(move: Move, value: number): string {
  if (move === 'multiplier') return `×${multiple.format(value)}`;
  if (move === 'shift') {
    const p = points.format(value * 100);
    return `${value > 0 ? '+' : ''}${p} percentage points`;
  }
  return formatRate(value);
}

/** How far the input moves from the pack's value, in words. */
export function describeChange(s: SwitchingValueRow): string {
  if (s.switchingValue === null || s.change === null) return '';
  if (s.move === 'multiplier') {
    const pct = points.format(Math.abs(s.change) * 100);
    return s.change < 0 ? `${pct}% lower` : `${pct}% higher`;
  }
  if (s.move === 'shift') return formatInputValue('shift', s.change);
  const pp = points.format(s.change * 100);
  return `${s.change > 0 ? '+' : ''}${pp} percentage points`;
}

export function describeRange(move: Move, d: Distribution): string {
  const f = (v: number) => formatInputValue(move, v);
  return d.type === 'triangular'
    ? `Triangular: from ${f(d.min)} to ${f(d.max)}, most likely ${f(d.mode)}`
    : `Uniform: from ${f(d.min)} to ${f(d.max)}`;
}
