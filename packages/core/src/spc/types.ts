// The shapes an SPC analysis reads and returns. The API layer serialises SpcResult as is, so
// the names here are the public contract.
import type { IsoDate } from '../domain.js';

/** The four Making Data Count rules, in their order of precedence. */
export type SpcRule = 'outside-limits' | 'trend' | 'two-in-three' | 'shift';
export type SpcSignal = 'improvement' | 'concern';
export type SpcVariation = 'common-cause' | 'special-cause-improvement' | 'special-cause-concern';
export type SpcAssurance = 'consistently-passes' | 'consistently-fails' | 'hit-and-miss';

/**
 * Which way a flagged point points: +1 above the mean or increasing, −1 below or decreasing.
 * Kept as a sign so that direction × polarity decides improvement or concern in one product.
 */
export type SpcDirection = 1 | -1;
/** A rule's verdict on one point: its direction when the rule flags it, null when not. */
export type SpcFlag = SpcDirection | null;

/** Centre line, process limits and 2-sigma lines of one XmR baseline. */
export interface SpcLimits {
  mean: number;
  /** After the one-pass screening of large moving ranges. */
  averageMovingRange: number;
  upperLimit: number;
  lowerLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
}

export interface SpcInputPoint {
  periodStart: IsoDate;
  value: number;
}

/** The process changed at this period (a new service, a new definition): limits start again. */
export interface SpcRebase {
  periodStart: IsoDate;
  reason: string;
}

/** One rebase group: the periods it covers and the limits fixed on its baseline. */
export interface SpcGroupLimits {
  /** First and last period of the group. */
  from: IsoDate;
  to: IsoDate;
  /** First and last period of the baseline the limits were fixed on. */
  limitsFrom: IsoDate;
  limitsTo: IsoDate;
  baselinePoints: number;
  /** True when the baseline had fewer than 12 points, so all the group's points were used. */
  trial: boolean;
  mean: number;
  averageMovingRange: number;
  upperLimit: number;
  lowerLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
  /** Null for the first group; the recorded reason for a rebase group. */
  rebaseReason: string | null;
}

export interface SpcPointResult {
  periodStart: IsoDate;
  value: number;
  /** Index into SpcResult.groups. */
  group: number;
  mean: number;
  upperLimit: number;
  lowerLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
  /** The highest-precedence rule that flags the point, or null for common cause. */
  rule: SpcRule | null;
  signal: SpcSignal | null;
}

/**
 * The process as it runs now, after a sustained shift in the latest group: the limits the
 * assurance icon is judged on until a rebase makes them the group's own.
 */
export interface SpcCurrentProcess {
  /** First period of the shift: where the limits should be recalculated from. */
  shiftFrom: IsoDate;
  /** The shift's side of the old mean as a signal: better or worse than before. */
  signal: SpcSignal;
  /** First and last period the limits are fixed on. */
  limitsFrom: IsoDate;
  limitsTo: IsoDate;
  baselinePoints: number;
  /** Fewer than 12 points since the shift began: trial limits on all of them. */
  trial: boolean;
  mean: number;
  averageMovingRange: number;
  upperLimit: number;
  lowerLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
}

/** values: the figures as returned; increments: a cumulative metric's per-period increments. */
export type SpcMeasure = 'values' | 'increments';

export interface SpcResult {
  /** What the points are: the returned figures, or a cumulative metric's increments. */
  measure: SpcMeasure;
  /** Points in a row that make a shift or a trend (the programme's setting, 6 or 7). */
  runLength: number;
  groups: SpcGroupLimits[];
  points: SpcPointResult[];
  // The latest group's limits, flattened because the dashboard shows only those.
  mean: number;
  upperLimit: number;
  lowerLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
  limitsFrom: IsoDate;
  limitsTo: IsoDate;
  trial: boolean;
  /** The last point's variation icon. */
  variation: SpcVariation;
  /**
   * Non-null after a sustained shift in the latest group: the limits should be recalculated from
   * `shiftFrom`, and meanwhile the assurance icon is judged on these limits.
   */
  currentProcess: SpcCurrentProcess | null;
  /** Null when there is no target. Judged on `currentProcess` where there is one. */
  assurance: SpcAssurance | null;
}
