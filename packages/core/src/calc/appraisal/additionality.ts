// Additionality: how much of a gross improvement is truly extra (HM Treasury Green Book 2022,
// §A2 "additionality"; Homes and Communities Agency, Additionality Guide, 4th edition 2014,
// ch. 3-6). The guide's order is: gross effect → less leakage (benefits going to people or
// places outside the target) → less displacement and substitution (gains cancelled out by
// losses elsewhere, or one activity swapped for a similar one) → less deadweight (what would
// have happened anyway). Each share applies to what is left after the step before, so the net
// additional share is (1 − L)(1 − D)(1 − S)(1 − DW). The guide's multiplier effects are not
// modelled: a public-service demand reduction has none the business cases claim.
import type { Additionality } from '../../domain.js';

export type AdditionalityStepName = 'leakage' | 'displacement' | 'substitution' | 'deadweight';

/** The documented order of the steps. */
export const ADDITIONALITY_ORDER: readonly AdditionalityStepName[] = Object.freeze([
  'leakage',
  'displacement',
  'substitution',
  'deadweight',
]);

export interface AdditionalityStep {
  step: AdditionalityStepName;
  /** The share taken off at this step, in [0, 1]. */
  share: number;
  /** Share of the gross improvement left before this step. */
  before: number;
  /** before × (1 − share). */
  after: number;
}

export interface AdditionalityWorking {
  steps: AdditionalityStep[];
  /** Share of the gross improvement that is additional: the last step's `after` (1 with none). */
  factor: number;
}

/** No additionality adjustment: every share 0, so the factor is exactly 1. */
export const NO_ADDITIONALITY: Readonly<Additionality> = Object.freeze({
  leakage: 0,
  displacement: 0,
  substitution: 0,
  deadweight: 0,
  source: null,
  grade: null,
});

/**
 * Each step of the adjustment in the documented order. Throws a RangeError naming the share
 * when one is outside [0, 1] or not a number.
 */
export function additionalityWorking(
  a: Pick<Additionality, AdditionalityStepName> | null | undefined,
): AdditionalityWorking {
  const shares = a ?? NO_ADDITIONALITY;
  const steps: AdditionalityStep[] = [];
  let left = 1;
  for (const step of ADDITIONALITY_ORDER) {
    const share = shares[step];
    if (!Number.isFinite(share) || share < 0 || share > 1) {
      throw new RangeError(`The ${step} share must be a number in [0, 1], got ${String(share)}`);
    }
    // Multiplying by exactly 1 leaves `left` unchanged, so a metric without additionality keeps
    // its figures to the last bit.
    const after = left * (1 - share);
    steps.push({ step, share, before: left, after });
    left = after;
  }
  return { steps, factor: left };
}
