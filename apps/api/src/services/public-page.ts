// A programme's public transparency page (issue 20): the headline figures of its strands and
// metrics, with every returned count under the threshold suppressed (core's
// suppressSmallCounts, with the year's total as a published sum so it cannot give a hidden
// quarter away), and per metric the latest story its writer marked public, without the writer's
// name. Nothing else is read: no unmarked commentary, no names of people, no submissions, no
// audit.
import type {
  CommentaryEntry,
  PublicMetricDto,
  PublicPageDto,
  SuppressedCountDto,
} from '@outcomes/contract';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  periodLengthInYears,
  roundToPence,
  suppressSmallCounts,
  toCsv,
  type MetricEvaluation,
} from '@outcomes/core';
import { listCommentary, type CommentaryRecord, type Db } from '@outcomes/db';
import { toCommentaryEntries, visibleAt } from '../mappers/commentary.js';
import { evaluateProgrammeAsOf } from './programme-evaluation.js';

/**
 * The latest period whose current revision is marked public. A period whose latest revision took
 * the mark away shows nothing, not its earlier public revision: the writer withdrew it.
 */
function publicStory(entries: readonly CommentaryEntry[]): PublicMetricDto['story'] {
  const entry = entries.findLast((e) => e.current.public);
  if (entry === undefined) return null;
  const { whatHappened, whatHelps, whatHurts, whatNext } = entry.current;
  return { label: entry.label, whatHappened, whatHelps, whatHurts, whatNext };
}

function publicMetric(
  m: MetricEvaluation,
  threshold: number,
  stories: readonly CommentaryRecord[],
  asOf: string,
): PublicMetricDto {
  const length = periodLengthInYears(m.metric.frequency);
  const recent = m.periods
    .filter((p) => p.toDate && p.actual !== null)
    .slice(-Math.round(1 / length));
  // Counts are whole numbers; a returned figure with a fraction (a rate) is rounded to count it.
  const cells: Record<string, number> = {};
  recent.forEach((p, i) => (cells[`p${i}`] = Math.max(0, Math.round(p.actual!))));
  const flow = m.metric.kind === 'flow' && recent.length > 0;
  if (flow) cells['total'] = recent.reduce((sum, _p, i) => sum + cells[`p${i}`]!, 0);
  const groups = flow ? [{ total: 'total', parts: recent.map((_p, i) => `p${i}`) }] : [];
  const shown = suppressSmallCounts(cells, groups, threshold);
  const count = (id: string): SuppressedCountDto => shown[id]!;
  return {
    name: m.metric.name,
    unit: m.metric.unit,
    achievement: m.achievement,
    rag: m.rag,
    recent: recent.map((p, i) => ({ label: p.label, count: count(`p${i}`) })),
    recentTotal: flow ? count('total') : null,
    story: publicStory(
      toCommentaryEntries(
        stories.filter((r) => visibleAt(r.periodStart, m.metric.frequency, asOf)),
        m.metric.frequency,
      ),
    ),
  };
}

export async function publicPage(
  db: Db,
  programmeId: string,
  asOf: string,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Promise<PublicPageDto> {
  const { data, evaluation } = await evaluateProgrammeAsOf(db, programmeId, asOf);
  const p = data.programme;
  const commentary = await listCommentary(db, programmeId);
  const storiesOf = (metricId: string) => commentary.filter((r) => r.metricId === metricId);
  return {
    slug: p.id,
    name: p.name,
    place: p.place,
    description: p.description,
    illustrative: p.illustrative,
    asOf,
    suppressionThreshold: threshold,
    totals: {
      rag: evaluation.totals.rag,
      achievement: evaluation.totals.achievement,
      realisedBenefitToDate: roundToPence(evaluation.totals.realisedBenefitToDate),
      costToDate: roundToPence(evaluation.totals.costToDate),
    },
    strands: evaluation.strands.map((s) => ({
      name: s.strand.name,
      rag: s.rag,
      achievement: s.achievement,
      realisedBenefitToDate: roundToPence(s.realisedBenefitToDate),
      costToDate: roundToPence(s.costToDate),
      metrics: s.metrics.map((m) => publicMetric(m, threshold, storiesOf(m.metric.id), asOf)),
    })),
  };
}

const HEADER = [
  'Programme',
  'As of',
  'Level',
  'Strand',
  'Metric',
  'RAG',
  'Achievement',
  'Realised benefit to date (GBP)',
  'Cost to date (GBP)',
  'Latest year of returns',
];
const MONEY_COLUMNS = new Set([7, 8]);

/** The open-data CSV: one row for the programme, one per strand, one per metric. */
export function publicPageCsv(page: PublicPageDto): string {
  const lead = [page.slug, page.asOf];
  const rows = [
    [
      ...lead,
      'programme',
      '',
      '',
      page.totals.rag,
      page.totals.achievement,
      page.totals.realisedBenefitToDate,
      page.totals.costToDate,
      '',
    ],
    ...page.strands.flatMap((s) => [
      [
        ...lead,
        'strand',
        s.name,
        '',
        s.rag,
        s.achievement,
        s.realisedBenefitToDate,
        s.costToDate,
        '',
      ],
      ...s.metrics.map((m) => [
        ...lead,
        'metric',
        s.name,
        m.name,
        m.rag,
        m.achievement,
        null,
        null,
        m.recentTotal?.display ?? '',
      ]),
    ]),
  ];
  return toCsv(HEADER, rows, {
    byteOrderMark: true,
    formatNumber: (n, i) => (MONEY_COLUMNS.has(i) ? n.toFixed(2) : String(n)),
  });
}
