import type {
  CommentaryEntry,
  CommentaryRevision,
  MetricCommentary,
  SpcRebase,
} from '@outcomes/contract';
import { periodEnd, isValidPeriodStart, type Frequency, type IsoDate } from '@outcomes/core';
import type { CommentaryRecord, SpcRebaseRecord } from '@outcomes/db';
import { labelOfPeriod } from './period-label.js';

/** Ended on or before `asOf`; a period no longer of this frequency counts from its start. */
export function visibleAt(periodStart: IsoDate, frequency: Frequency, asOf: IsoDate): boolean {
  const end = isValidPeriodStart(periodStart, frequency)
    ? periodEnd(periodStart, frequency)
    : periodStart;
  return end <= asOf;
}

export function toCommentaryRevision(r: CommentaryRecord): CommentaryRevision {
  return {
    id: r.id,
    revision: r.revision,
    whatHappened: r.whatHappened,
    whatHelps: r.whatHelps,
    whatHurts: r.whatHurts,
    whatNext: r.whatNext,
    author: { ...r.author },
    createdAt: r.createdAt,
    public: r.public,
  };
}

/**
 * One metric's commentary: an entry per period, the latest revision current and every revision
 * kept (newest first). `records` in period and revision order, as listCommentary gives them.
 */
export function toCommentaryEntries(
  records: readonly CommentaryRecord[],
  frequency: Frequency,
): CommentaryEntry[] {
  const byPeriod = new Map<IsoDate, CommentaryRecord[]>();
  for (const r of records) {
    const revisions = byPeriod.get(r.periodStart);
    if (revisions === undefined) byPeriod.set(r.periodStart, [r]);
    else revisions.push(r);
  }
  return [...byPeriod.entries()].map(([periodStart, revisions]) => {
    const newestFirst = [...revisions]
      .sort((a, b) => b.revision - a.revision)
      .map(toCommentaryRevision);
    return {
      periodStart,
      label: labelOfPeriod(periodStart, frequency),
      current: newestFirst[0] as CommentaryRevision,
      revisions: newestFirst,
    };
  });
}

/** Commentary on the periods that have ended by `asOf` (later periods are not yet visible). */
export function toMetricCommentary(
  programmeId: string,
  metricId: string,
  frequency: Frequency,
  asOf: IsoDate,
  records: readonly CommentaryRecord[],
): MetricCommentary {
  return {
    programmeId,
    metricId,
    asOf,
    entries: toCommentaryEntries(
      records.filter((r) => visibleAt(r.periodStart, frequency, asOf)),
      frequency,
    ),
  };
}

export function toSpcRebase(r: SpcRebaseRecord, frequency: Frequency): SpcRebase {
  return {
    id: r.id,
    periodStart: r.periodStart,
    label: labelOfPeriod(r.periodStart, frequency),
    action: r.action,
    reason: r.reason,
    author: { ...r.author },
    createdAt: r.createdAt,
  };
}
