import type { BoardMetric, BoardSummary } from '@outcomes/contract';
import {
  benefitFromGrowth,
  roundToPence,
  spcAndMoneyDisagree,
  type MetricEvaluation,
  type ProgrammeData,
  type ProgrammeEvaluation,
} from '@outcomes/core';
import type { CommentaryRecord, SpcRebaseRecord } from '@outcomes/db';
import { metricSpc } from '../services/metric-spc.js';
import { toCommentaryEntries, visibleAt } from './commentary.js';
import { labelOfPeriod } from './period-label.js';

/** Longest commentary excerpt on the board summary, in characters (the ellipsis included). */
export const EXCERPT_LENGTH = 200;

/** Cut at the last word boundary that fits, with an ellipsis; short text is returned whole. */
export function excerptOf(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function toBoardMetric(
  data: ProgrammeData,
  m: MetricEvaluation,
  strandName: string,
  rebases: readonly SpcRebaseRecord[],
  commentary: readonly CommentaryRecord[],
  asOf: string,
): BoardMetric {
  const { metric } = m;
  const spc = metricSpc(data.programme, m, rebases);
  const entries = toCommentaryEntries(
    commentary.filter(
      (c) => c.metricId === metric.id && visibleAt(c.periodStart, metric.frequency, asOf),
    ),
    metric.frequency,
  );
  const latest = entries[entries.length - 1];
  const split = benefitFromGrowth(m);
  const variation = spc.result?.variation ?? null;
  const current = spc.result?.currentProcess ?? null;
  return {
    id: metric.id,
    name: metric.name,
    strandId: metric.strandId,
    strandName,
    outcomeName: data.outcomes.find((o) => o.id === metric.outcomeId)?.name ?? metric.outcomeId,
    unit: metric.unit,
    frequency: metric.frequency,
    polarity: metric.polarity,
    rag: m.rag,
    achievement: m.achievement,
    latestActual: m.latestActual,
    // The forecast for the latest actual's period as returned (a cumulative metric's SPC target
    // is the forecast's increment, but the board compares running totals).
    forecast:
      m.periods.find((p) => p.periodStart === m.latestActual?.periodStart)?.forecast ?? null,
    variation,
    assurance: spc.result?.assurance ?? null,
    trialLimits: spc.result?.trial ?? null,
    recalculateLimitsFrom: current
      ? {
          periodStart: current.shiftFrom,
          label: labelOfPeriod(current.shiftFrom, metric.frequency),
        }
      : null,
    spcMoneyDisagreement:
      split !== null && spcAndMoneyDisagree(variation, split)
        ? {
            realisedBenefitToDate: roundToPence(split.realisedBenefitToDate),
            fromAssumedGrowth: roundToPence(split.fromAssumedGrowth),
          }
        : null,
    latestCommentary: latest
      ? {
          periodStart: latest.periodStart,
          label: latest.label,
          excerpt: excerptOf(latest.current.whatHappened),
          authorName: latest.current.author.name,
          createdAt: latest.current.createdAt,
        }
      : null,
  };
}

/**
 * Every metric of the programme (or of one strand), in strand and metric order. `rebases`: the
 * standing rebases; `commentary`: every revision, as listCommentary gives them.
 */
export function toBoardSummary(
  data: ProgrammeData,
  evaluation: ProgrammeEvaluation,
  strandId: string | null,
  rebases: readonly SpcRebaseRecord[],
  commentary: readonly CommentaryRecord[],
): BoardSummary {
  const strands = evaluation.strands.filter((s) => strandId === null || s.strand.id === strandId);
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    strandId,
    metrics: strands.flatMap((s) =>
      s.metrics.map((m) =>
        toBoardMetric(data, m, s.strand.name, rebases, commentary, evaluation.asOf),
      ),
    ),
  };
}
