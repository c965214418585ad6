// Picking and sorting what the API returned for each part of the pack. Selection only: every
// figure shown is one the API gave, unchanged.
import type { BoardMetric, ReturnDue, SubmissionSummary } from '@outcomes/contract';
import type { BoardPackData } from '../api/use-board-pack-data';

/** ISO timestamp or date → its date. */
const dayOf = (iso: string): string => iso.slice(0, 10);

/** After the previous meeting, up to the meeting's date. */
export const isBetween = (iso: string, since: string, asOf: string): boolean =>
  dayOf(iso) > since && dayOf(iso) <= asOf;

export interface RagChange {
  kind: 'Programme' | 'Strand' | 'Metric';
  id: string;
  name: string;
  before: BoardMetric['rag'];
  after: BoardMetric['rag'];
}

export function ragChanges(data: BoardPackData): RagChange[] {
  const changes: RagChange[] = [];
  if (data.previous.totals.rag !== data.summary.totals.rag) {
    changes.push({
      kind: 'Programme',
      id: data.programme.id,
      name: data.programme.name,
      before: data.previous.totals.rag,
      after: data.summary.totals.rag,
    });
  }
  for (const strand of data.summary.strands) {
    const before = data.previous.strands.find((s) => s.id === strand.id);
    if (before && before.rag !== strand.rag) {
      changes.push({
        kind: 'Strand',
        id: strand.id,
        name: strand.name,
        before: before.rag,
        after: strand.rag,
      });
    }
  }
  for (const metric of data.board.metrics) {
    const before = data.boardPrevious.metrics.find((m) => m.id === metric.id);
    if (before && before.rag !== metric.rag) {
      changes.push({
        kind: 'Metric',
        id: metric.id,
        name: metric.name,
        before: before.rag,
        after: metric.rag,
      });
    }
  }
  return changes;
}

/** Submissions by partners (not the programme pack) made since the previous meeting. */
export function submissionsSince(data: BoardPackData): SubmissionSummary[] {
  return data.submissions.submissions.filter(
    (s) => s.source !== 'pack' && isBetween(s.createdAt, data.since, data.asOf),
  );
}

/** Metrics whose latest story was written, or is about a period that began, since `since`. */
export function commentarySince(data: BoardPackData): BoardMetric[] {
  return data.board.metrics.filter((m) => {
    const c = m.latestCommentary;
    if (!c) return false;
    return isBetween(c.createdAt, data.since, data.asOf) || c.periodStart > data.since;
  });
}

export function metricsOfStrand(data: BoardPackData, strandId: string): BoardMetric[] {
  return data.board.metrics.filter((m) => m.strandId === strandId);
}

/** The strand's latest story: the one about the latest period, the newest written on a tie. */
export function latestStrandCommentary(metrics: readonly BoardMetric[]): BoardMetric | undefined {
  let latest: BoardMetric | undefined;
  for (const m of metrics) {
    const c = m.latestCommentary;
    if (!c) continue;
    const best = latest?.latestCommentary;
    if (
      !best ||
      c.periodStart > best.periodStart ||
      (c.periodStart === best.periodStart && c.createdAt > best.createdAt)
    ) {
      latest = m;
    }
  }
  return latest;
}

export interface OverdueReturn extends ReturnDue {
  partnerName: string;
}

export function overdueReturns(data: BoardPackData): OverdueReturn[] {
  return data.returnsDue.partners.flatMap((p) =>
    p.overdue.map((r) => ({ ...r, partnerName: p.partnerName })),
  );
}
