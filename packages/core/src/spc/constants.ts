// The numbers that define an NHS "Making Data Count" XmR chart, as NHSRplotthedots 0.2.2 uses
// them (methods.md §4.1). Each is named so a test or a reader can trace a limit back to it.

/**
 * Distance of the process limits from the mean, in average moving ranges: 3 / d2 with
 * d2 = 1.128 for ranges of two points, rounded to 2.66 as the MDC tools round it. (PowerBI-SPC
 * keeps 2.6596; we pick the MDC figure so our limits match NHSRplotthedots to the digit.)
 */
export const LIMIT_CONSTANT = 2.66;

/**
 * D4 for ranges of two points: the upper limit of a moving-range chart. A moving range at or
 * above 3.267 × AMR is a one-off jump, not routine variation, so it is screened out of AMR.
 */
export const MR_SCREEN_CONSTANT = 3.267;

/** Points in a row that make a trend or a shift (MDC and NHSRplotthedots use 7, not 6). */
export const RUN_LENGTH = 7;

/**
 * The run lengths a programme may choose (`spcShiftRunLength` in programme.json): the MDC Excel
 * tool offers 6 or 7 for the shift and trend rules (methods.md §4.3, NHSRplotthedots #202).
 */
export const RUN_LENGTHS = [6, 7] as const;
export type SpcRunLength = (typeof RUN_LENGTHS)[number];

/**
 * The 2-sigma lines sit two thirds of the way from the mean to the limits. Written
 * 2 × (2.66 / 3), the order NHSRplotthedots computes it in, so the float is the same.
 */
export const TWO_SIGMA_CONSTANT = 2 * (LIMIT_CONSTANT / 3);

/** Points a baseline needs before its limits are fixed rather than trial limits. */
export const BASELINE_POINTS = 12;
