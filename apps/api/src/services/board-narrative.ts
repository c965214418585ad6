// The board pack's opening narrative: a few plain sentences built from the figures (what moved
// since the previous meeting, the largest gaps to forecast, the returns overdue). Every number
// comes from the core (boardMovement, the variance bridge, returnsDue); this only words them.
import type { BoardNarrative } from '@outcomes/contract';
import {
  boardMovement,
  formatGbpCompact,
  formatPercent,
  programmeBridge,
  roundToPence,
  type GapItem,
  type ProgrammeEvaluation,
  type Rag,
  type RagMovement,
} from '@outcomes/core';

const RAG_WORDS: Record<Rag, string> = {
  green: 'green',
  amber: 'amber',
  red: 'red',
  'no-data': 'no data',
  'no-target': 'no target',
};

/** How many metric RAG changes the narrative names before it points to the annex. */
const METRIC_CHANGES_NAMED = 4;

const longDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "£20m behind forecast" / "£1.2m ahead of forecast" / "on forecast". */
function gapWords(gap: number): string {
  const pence = roundToPence(gap);
  if (pence === 0) return 'on forecast';
  return pence < 0
    ? `${formatGbpCompact(-pence)} behind forecast`
    : `${formatGbpCompact(pence)} ahead of forecast`;
}

function ragChangeWords(c: RagMovement): string {
  return `${c.name} from ${RAG_WORDS[c.before]} to ${RAG_WORDS[c.after]}`;
}

function ragSentence(changes: readonly RagMovement[]): string {
  if (changes.length === 0) return 'No RAG rating changed since the previous meeting.';
  const named = changes.filter((c) => c.kind !== 'metric').map(ragChangeWords);
  const metrics = changes.filter((c) => c.kind === 'metric');
  const metricWords = metrics.slice(0, METRIC_CHANGES_NAMED).map(ragChangeWords);
  const rest = metrics.length - metricWords.length;
  const parts = [...named, ...metricWords];
  const tail =
    rest > 0 ? `; and ${plural(rest, 'more metric', 'more metrics')} (see the data annex)` : '';
  return `${plural(changes.length, 'RAG rating', 'RAG ratings')} changed since the previous meeting: ${parts.join('; ')}${tail}.`;
}

function gapsSentence(strands: readonly GapItem[], metrics: readonly GapItem[]): string {
  if (strands.length === 0 && metrics.length === 0) {
    return 'No strand or metric is behind its forecast benefit to date.';
  }
  const words = (items: readonly GapItem[]) =>
    items.map((g) => `${g.name} (${formatGbpCompact(-g.gap)})`).join(', ');
  const parts: string[] = [];
  if (strands.length > 0) parts.push(`the strands furthest behind forecast are ${words(strands)}`);
  if (metrics.length > 0) parts.push(`the metrics furthest behind are ${words(metrics)}`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function boardNarrative(input: {
  programmeName: string;
  current: ProgrammeEvaluation;
  previous: ProgrammeEvaluation;
  since: string;
  overdueReturns: number;
}): BoardNarrative {
  const { current, previous, since, overdueReturns } = input;
  const movement = boardMovement(current, previous, input.programmeName);
  const bridge = programmeBridge(current);
  const t = current.totals;
  const gap = t.realisedBenefitToDate - t.forecastBenefitToDate;

  const sentences: string[] = [];
  sentences.push(
    `Realised benefit to date is ${formatGbpCompact(t.realisedBenefitToDate)} against a forecast of ` +
      `${formatGbpCompact(t.forecastBenefitToDate)} for the periods with a return: ${gapWords(gap)}` +
      (t.achievement === null ? '.' : ` (${formatPercent(t.achievement)} achieved).`),
  );
  const change = roundToPence(movement.realisedChange);
  sentences.push(
    change === 0
      ? `Realised benefit to date has not changed since the previous meeting on ${longDate(since)}.`
      : `Since the previous meeting on ${longDate(since)}, realised benefit to date has ` +
          `${change > 0 ? 'risen' : 'fallen'} by ${formatGbpCompact(Math.abs(change))}, from ` +
          `${formatGbpCompact(previous.totals.realisedBenefitToDate)}.`,
  );
  if (bridge.missingReturnCount > 0) {
    sentences.push(
      `A further ${formatGbpCompact(-bridge.money.missingReturns)} of forecast benefit is in ` +
        `periods that have ended with no figure returned (${plural(bridge.missingReturnCount, 'missing return', 'missing returns')}): it is neither counted as achieved nor as lost.`,
    );
  }
  sentences.push(ragSentence(movement.ragChanges));
  sentences.push(gapsSentence(movement.largestStrandGaps, movement.largestMetricGaps));
  sentences.push(
    overdueReturns === 0
      ? 'No return is overdue.'
      : `${plural(overdueReturns, 'return is', 'returns are')} overdue; the annex lists every one.`,
  );

  const roundGap = (g: GapItem) => ({
    ...g,
    gap: roundToPence(g.gap),
    forecastBenefitToDate: roundToPence(g.forecastBenefitToDate),
    realisedBenefitToDate: roundToPence(g.realisedBenefitToDate),
  });
  return {
    programmeId: current.programmeId,
    asOf: current.asOf,
    since,
    sentences,
    realisedBenefitThen: roundToPence(previous.totals.realisedBenefitToDate),
    realisedBenefitNow: roundToPence(t.realisedBenefitToDate),
    realisedChange: roundToPence(movement.realisedChange),
    gapNow: roundToPence(gap),
    ragChanges: movement.ragChanges,
    largestStrandGaps: movement.largestStrandGaps.map(roundGap),
    largestMetricGaps: movement.largestMetricGaps.map(roundGap),
    overdueReturns,
  };
}
