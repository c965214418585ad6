// Drawing from the stated distributions by inverting their cumulative distribution functions:
// one uniform number in, one draw out, so a run uses exactly one number per input per draw.
import type { Distribution } from './uncertain-inputs.js';

/** Throws a RangeError unless min ≤ mode ≤ max (min ≤ max for uniform) and all are finite. */
export function checkDistribution(d: Distribution, what: string): void {
  const points = d.type === 'triangular' ? [d.min, d.mode, d.max] : [d.min, d.max];
  if (!points.every(Number.isFinite)) throw new RangeError(`${what}: range must be numbers`);
  if (d.min > d.max) throw new RangeError(`${what}: min must not be above max`);
  if (d.type === 'triangular' && (d.mode < d.min || d.mode > d.max)) {
    throw new RangeError(`${what}: the most likely value must lie between min and max`);
  }
}

/**
 * The draw for a uniform number u in [0, 1). Triangular (a, c, b): with F_c = (c − a)/(b − a),
 * x = a + √(u (b − a)(c − a)) for u < F_c, else b − √((1 − u)(b − a)(b − c)).
 */
export function drawFrom(d: Distribution, u: number): number {
  const { min: a, max: b } = d;
  if (d.type === 'uniform') return a + u * (b - a);
  const c = d.mode;
  if (b === a) return a;
  const fc = (c - a) / (b - a);
  return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}
