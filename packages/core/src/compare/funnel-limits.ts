// Funnel-plot control limits (Spiegelhalter D J, "Funnel plots for comparing institutional
// performance", Statistics in Medicine 2005; 24: 1185-1202). Each place's indicator is plotted
// against its size (its "precision"); the limits round the target narrow as size grows, so a
// small place is not called an outlier for what is only chance. Limits at 95% (warning, ±1.96
// SD) and 99.8% (alarm, ±3.09 SD), the two the paper recommends.
//
// The normal approximation of section 3 is used: for a proportion, SD = √(p0(1 − p0)/n); for a
// rate per unit of exposure (events per person-year), Poisson SD = √(θ/t). The paper notes the
// exact binomial/Poisson limits differ when counts are small; the approximation is stated on the
// page. Lower limits never go below zero (a rate or proportion cannot).

/** Standard normal quantiles for two-sided 95% and 99.8% limits. */
export const FUNNEL_Z = { warning: 1.959964, alarm: 3.090232 } as const;

export interface FunnelLimits {
  /** 95% limits. */
  lower95: number;
  upper95: number;
  /** 99.8% limits. */
  lower998: number;
  upper998: number;
}

/** Where a place sits: inside the 95% funnel, between the 95% and 99.8% limits, or beyond. */
export type FunnelPosition =
  'within' | 'above-95' | 'above-99.8' | 'below-95' | 'below-99.8' | 'no-data';

function limitsAround(target: number, sd: number): FunnelLimits {
  return {
    lower95: Math.max(0, target - FUNNEL_Z.warning * sd),
    upper95: target + FUNNEL_Z.warning * sd,
    lower998: Math.max(0, target - FUNNEL_Z.alarm * sd),
    upper998: target + FUNNEL_Z.alarm * sd,
  };
}

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number; got ${value}`);
  }
}

/** Limits for a proportion with target `p0` in [0, 1] at denominator `n` > 0. */
export function proportionFunnelLimits(p0: number, n: number): FunnelLimits {
  if (!Number.isFinite(p0) || p0 < 0 || p0 > 1) {
    throw new RangeError(`the target proportion must be in [0, 1]; got ${p0}`);
  }
  requirePositive('the denominator', n);
  return limitsAround(p0, Math.sqrt((p0 * (1 - p0)) / n));
}

/** Limits for a rate with target `theta` ≥ 0 events per unit of exposure at exposure `t` > 0. */
export function rateFunnelLimits(theta: number, t: number): FunnelLimits {
  if (!Number.isFinite(theta) || theta < 0) {
    throw new RangeError(`the target rate must be zero or more; got ${theta}`);
  }
  requirePositive('the exposure', t);
  return limitsAround(theta, Math.sqrt(theta / t));
}

/**
 * The pooled target the paper uses when no external standard is given: total events over total
 * exposure (for a proportion, total numerators over total denominators). Null with no exposure.
 */
export function pooledTarget(
  places: readonly { events: number; exposure: number }[],
): number | null {
  let events = 0;
  let exposure = 0;
  for (const p of places) {
    events += p.events;
    exposure += p.exposure;
  }
  return exposure > 0 ? events / exposure : null;
}

/** Which band of the funnel `value` falls in; on a limit counts as inside it. */
export function funnelPosition(value: number | null, limits: FunnelLimits | null): FunnelPosition {
  if (value === null || limits === null || !Number.isFinite(value)) return 'no-data';
  if (value > limits.upper998) return 'above-99.8';
  if (value > limits.upper95) return 'above-95';
  if (value < limits.lower998) return 'below-99.8';
  if (value < limits.lower95) return 'below-95';
  return 'within';
}
