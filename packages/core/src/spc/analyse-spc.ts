// An XmR chart of one metric's actuals (NHS "Making Data Count", NHSRplotthedots 0.2.2): limits
// per rebase group, the four special-cause rules, and the variation and assurance icons.
import type { Frequency, IsoDate, Polarity } from '../domain.js';
import { assuranceFor } from './assurance-for.js';
import { programmeBaseline, rebaseBaseline } from './baseline.js';
import { classifyPoints } from './classify-points.js';
import { RUN_LENGTH } from './constants.js';
import { currentProcess } from './current-process.js';
import { pointsInOrder } from './points-in-order.js';
import { signalFor } from './signal-for.js';
import { splitGroups } from './split-groups.js';
import type {
  SpcCurrentProcess,
  SpcGroupLimits,
  SpcInputPoint,
  SpcMeasure,
  SpcPointResult,
  SpcRebase,
  SpcResult,
} from './types.js';
import { variationFor } from './variation-for.js';
import { xmrLimits } from './xmr-limits.js';

export interface AnalyseSpcInput {
  /** The metric's actuals; sorted here, so any order will do. */
  points: readonly SpcInputPoint[];
  polarity: Polarity;
  /** Start of the programme's first financial year: the first group's limits are fixed on the
   * points before it. Null when there is none, which gives trial limits on all points. */
  limitsBefore: IsoDate | null;
  rebases?: readonly SpcRebase[];
  /** The forecast for the latest period, for the assurance icon, in the points' terms. */
  target?: number | null;
  /** Points in a row for the shift and trend rules: the programme's setting, 6 or 7. */
  runLength?: number;
  /** A yearly metric's first group never takes trial limits on programme-period points. */
  frequency?: Frequency;
  /** What the points are; `increments` for a cumulative metric (see periodIncrements). */
  measure?: SpcMeasure;
}

// splitGroups guarantees every group at least two points, so the indices read below exist;
// this turns the type checker's `undefined` into a loud failure should that ever change.
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('SPC internal error: expected a point that is missing');
  return value;
}

/**
 * The chart for a metric, or null with fewer than two points (no moving range, so no limits).
 * Throws RangeError on a duplicate period or a non-finite value.
 */
export function analyseSpc(input: AnalyseSpcInput): SpcResult | null {
  if (input.points.length < 2) return null;
  const runLength = input.runLength ?? RUN_LENGTH;
  const points = pointsInOrder(input.points);
  const spans = splitGroups(
    points.map((p) => p.periodStart),
    input.rebases ?? [],
  );

  const groups: SpcGroupLimits[] = [];
  const results: SpcPointResult[] = [];
  for (const [g, span] of spans.entries()) {
    const members = points.slice(span.start, span.end);
    const values = members.map((p) => p.value);
    const baseline =
      g === 0
        ? programmeBaseline(
            members.map((p) => p.periodStart),
            input.limitsBefore,
            input.frequency === 'year',
          )
        : rebaseBaseline(members.length);
    // Only a yearly metric with under two years before the programme has no baseline.
    if (baseline === null) return null;
    const limits = xmrLimits(values.slice(0, baseline.points));
    groups.push({
      from: present(members[0]).periodStart,
      to: present(members[members.length - 1]).periodStart,
      limitsFrom: present(members[0]).periodStart,
      limitsTo: present(members[baseline.points - 1]).periodStart,
      baselinePoints: baseline.points,
      trial: baseline.trial,
      ...limits,
      rebaseReason: span.rebaseReason,
    });
    const labels = classifyPoints(values, limits, runLength);
    for (const [i, p] of members.entries()) {
      const { rule, direction } = present(labels[i]);
      results.push({
        periodStart: p.periodStart,
        value: p.value,
        group: g,
        mean: limits.mean,
        upperLimit: limits.upperLimit,
        lowerLimit: limits.lowerLimit,
        upperTwoSigma: limits.upperTwoSigma,
        lowerTwoSigma: limits.lowerTwoSigma,
        rule,
        signal: direction === null ? null : signalFor(direction, input.polarity),
      });
    }
  }

  const latest = present(groups[groups.length - 1]);
  const current = latestCurrentProcess(
    points.slice(present(spans[spans.length - 1]).start),
    latest,
    runLength,
    input.polarity,
  );
  return {
    measure: input.measure ?? 'values',
    runLength,
    groups,
    points: results,
    mean: latest.mean,
    upperLimit: latest.upperLimit,
    lowerLimit: latest.lowerLimit,
    upperTwoSigma: latest.upperTwoSigma,
    lowerTwoSigma: latest.lowerTwoSigma,
    limitsFrom: latest.limitsFrom,
    limitsTo: latest.limitsTo,
    trial: latest.trial,
    variation: variationFor(present(results[results.length - 1]).signal),
    currentProcess: current,
    assurance: assuranceFor(input.target, current ?? latest, input.polarity),
  };
}

/** The latest group's current process after a sustained shift, with periods for indices. */
function latestCurrentProcess(
  members: readonly SpcInputPoint[],
  group: SpcGroupLimits,
  runLength: number,
  polarity: Polarity,
): SpcCurrentProcess | null {
  const span = currentProcess(
    members.map((p) => p.value),
    group,
    group.baselinePoints,
    group.trial,
    runLength,
  );
  if (span === null) return null;
  return {
    shiftFrom: present(members[span.start]).periodStart,
    signal: signalFor(span.direction, polarity),
    limitsFrom: present(members[span.start]).periodStart,
    limitsTo: present(members[span.start + span.baselinePoints - 1]).periodStart,
    baselinePoints: span.baselinePoints,
    trial: span.trial,
    ...span.limits,
  };
}
