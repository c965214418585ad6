// What moved between two board meetings, and where the largest gaps to forecast are: the facts
// behind the board pack's generated narrative. Both evaluations are of the same programme, the
// previous one as the figures were known at the previous meeting (getProgrammeData with asOf),
// so a late return shows as a movement, not as history rewritten.
import type { Rag } from '../domain.js';
import type { ProgrammeEvaluation } from '../evaluation.js';

export interface RagMovement {
  kind: 'programme' | 'strand' | 'metric';
  id: string;
  name: string;
  before: Rag;
  after: Rag;
}

export interface GapItem {
  kind: 'strand' | 'metric';
  id: string;
  name: string;
  /** Realised − forecast benefit to date (comparable periods): negative when behind. */
  gap: number;
  forecastBenefitToDate: number;
  realisedBenefitToDate: number;
}

export interface BoardMovement {
  /** realised benefit to date now − at the previous meeting. */
  realisedChange: number;
  /** forecast benefit to date (comparable periods) now − then. */
  forecastChange: number;
  ragChanges: RagMovement[];
  /** The strands and the metrics furthest behind forecast, most behind first (gap < 0 only). */
  largestStrandGaps: GapItem[];
  largestMetricGaps: GapItem[];
}

/** How many of each kind of gap the narrative names. */
export const LARGEST_GAPS_LISTED = 3;

const mostBehindFirst = (a: GapItem, b: GapItem) => a.gap - b.gap || a.name.localeCompare(b.name);

export function boardMovement(
  current: ProgrammeEvaluation,
  previous: ProgrammeEvaluation,
  programmeName: string,
): BoardMovement {
  const ragChanges: RagMovement[] = [];
  if (current.totals.rag !== previous.totals.rag) {
    ragChanges.push({
      kind: 'programme',
      id: current.programmeId,
      name: programmeName,
      before: previous.totals.rag,
      after: current.totals.rag,
    });
  }
  const strandGaps: GapItem[] = [];
  const metricGaps: GapItem[] = [];
  for (const s of current.strands) {
    const before = previous.strands.find((p) => p.strand.id === s.strand.id);
    if (before && before.rag !== s.rag) {
      ragChanges.push({
        kind: 'strand',
        id: s.strand.id,
        name: s.strand.name,
        before: before.rag,
        after: s.rag,
      });
    }
    strandGaps.push({
      kind: 'strand',
      id: s.strand.id,
      name: s.strand.name,
      gap: s.realisedBenefitToDate - s.forecastBenefitToDate,
      forecastBenefitToDate: s.forecastBenefitToDate,
      realisedBenefitToDate: s.realisedBenefitToDate,
    });
    for (const m of s.metrics) {
      const mBefore = before?.metrics.find((p) => p.metric.id === m.metric.id);
      if (mBefore && mBefore.rag !== m.rag) {
        ragChanges.push({
          kind: 'metric',
          id: m.metric.id,
          name: m.metric.name,
          before: mBefore.rag,
          after: m.rag,
        });
      }
      if (m.monetisation === null) continue;
      metricGaps.push({
        kind: 'metric',
        id: m.metric.id,
        name: m.metric.name,
        gap: m.realisedBenefitToDate - m.forecastBenefitToDate,
        forecastBenefitToDate: m.forecastBenefitToDate,
        realisedBenefitToDate: m.realisedBenefitToDate,
      });
    }
  }
  const largest = (items: GapItem[]) =>
    items
      .filter((i) => i.gap < 0)
      .sort(mostBehindFirst)
      .slice(0, LARGEST_GAPS_LISTED);
  return {
    realisedChange: current.totals.realisedBenefitToDate - previous.totals.realisedBenefitToDate,
    forecastChange: current.totals.forecastBenefitToDate - previous.totals.forecastBenefitToDate,
    ragChanges,
    largestStrandGaps: largest(strandGaps),
    largestMetricGaps: largest(metricGaps),
  };
}
