// An XmR chart of one metric's actuals (NHS "Making Data Count", NHSRplotthedots 0.2.2): limits
// per rebase group, the four special-cause rules, and the variation and assurance icons.
import type { IsoDate, Polarity } from '../domain.js';
import { assuranceFor } from './assurance-for.js';
import { programmeBaseline, rebaseBaseline } from './baseline.js';
import { classifyPoints } from './classify-points.js';
import { pointsInOrder } from './points-in-order.js';
import { signalFor } from './signal-for.js';
import { splitGroups } from './split-groups.js';
import type {
  SpcGroupLimits,
  SpcInputPoint,
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
  /** The forecast for the latest period, for the assurance icon. */
  target?: number | null;
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
          )
        : rebaseBaseline(members.length);
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
    const labels = classifyPoints(values, limits);
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
  return {
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
    assurance: assuranceFor(input.target, latest, input.polarity),
  };
}
