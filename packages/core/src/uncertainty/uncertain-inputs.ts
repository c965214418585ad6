// The inputs the uncertainty tools vary, in ONE list: the switching values, the Monte Carlo run
// and the web page all read it, so an input added here (deadweight, persistence...) is varied
// everywhere at once. Each input is a single programme-wide move applied to every metric (or
// unit cost, or grade) together — the appraisal question is "how wrong can this assumption be",
// not which metric is wrong.
//
// The ranges are our own stated assumptions, not published figures: triangular distributions
// with the pack's own value as the mode (the Green Book's advice is to state ranges and the
// reason for them; HM Treasury Green Book 2022, chapter 5, "Sensitivity analysis" and
// "Monte Carlo analysis"). A programme may pass other ranges.

/** How a draw moves the pack's value. */
export type MoveKind =
  /** Multiply the pack's value (1 is no change). */
  | 'multiplier'
  /** Add to the pack's value, as a fraction (0.01 is one percentage point). */
  | 'shift'
  /** Replace the pack's value (the discount rate). */
  | 'value';

export type UncertainInputKey =
  'growth' | 'attribution' | 'optimismBias' | 'unitCosts' | 'discountRate' | 'dropOff';

/** Triangular (min, mode, max) or uniform (min, max) on the move's scale. */
export type Distribution =
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'uniform'; min: number; max: number };

export interface UncertainInput {
  key: UncertainInputKey;
  label: string;
  move: MoveKind;
  /** What the move does, in words, for the page and the README. */
  meaning: string;
  /** The default range, relative to the pack (the discount rate's is set from the pack's rate). */
  distribution: (packDiscountRate: number) => Distribution;
}

export const UNCERTAIN_INPUTS: readonly UncertainInput[] = [
  {
    key: 'growth',
    label: 'Demand growth',
    move: 'shift',
    meaning: "percentage points added to every metric's annual growth",
    distribution: () => ({ type: 'triangular', min: -0.01, mode: 0, max: 0.01 }),
  },
  {
    key: 'attribution',
    label: 'Attribution',
    move: 'multiplier',
    meaning: "every metric's attribution multiplied (capped at 1)",
    distribution: () => ({ type: 'triangular', min: 0.75, mode: 1, max: 1.1 }),
  },
  {
    key: 'optimismBias',
    label: 'Optimism bias on benefits',
    move: 'shift',
    meaning: "percentage points added to every grade's correction (kept within 0 to 1)",
    distribution: () => ({ type: 'triangular', min: -0.05, mode: 0, max: 0.15 }),
  },
  {
    key: 'unitCosts',
    label: 'Unit costs',
    move: 'multiplier',
    meaning: 'every unit cost multiplied',
    distribution: () => ({ type: 'triangular', min: 0.8, mode: 1, max: 1.2 }),
  },
  {
    key: 'discountRate',
    label: 'Discount rate',
    move: 'value',
    meaning: 'the discount rate used instead of the programme’s',
    // Rounded to 1e-9 so that 0.035 − 0.02 reads 0.015, not 0.015000000000000003.
    distribution: (r) => ({
      type: 'uniform',
      min: Math.max(0, Math.round((r - 0.02) * 1e9) / 1e9),
      max: Math.round((r + 0.02) * 1e9) / 1e9,
    }),
  },
  {
    // Last, so the draws of the inputs before it keep their place in a seed's sequence.
    key: 'dropOff',
    label: 'Drop-off',
    move: 'shift',
    meaning:
      "percentage points added to every metric's drop-off rate (kept within 0 to 1); it moves " +
      'only metrics whose value lasts more than a year (a persistence profile)',
    // Our assumption: drop-off is more likely understated than overstated (an outcome fading
    // faster than evaluated), so the range reaches further up than down.
    distribution: () => ({ type: 'triangular', min: -0.1, mode: 0, max: 0.2 }),
  },
];

/** One value per input on its move's scale. */
export type InputValues = Record<UncertainInputKey, number>;

/** The pack as it is: no move. */
export function centralValues(discountRate: number): InputValues {
  return { growth: 0, attribution: 1, optimismBias: 0, unitCosts: 1, discountRate, dropOff: 0 };
}
