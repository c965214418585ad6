// A programme's public transparency page (issue 20): the headline figures of its strands and
// metrics, with every returned count under the threshold suppressed (core's
// suppressSmallCounts, with the year's total as a published sum so it cannot give a hidden
// quarter away). Nothing else is read: no commentary (no commentary is marked public yet), no
// names of people, no submissions, no audit.
import type { PublicMetricDto, PublicPageDto, SuppressedCountDto } from '@outcomes/contract';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  periodLengthInYears,
  roundToPence,
  suppressSmallCounts,
  toCsv,
  type MetricEvaluation,
} from '@outcomes/core';
import type { Db } from '@outcomes/db';
import { evaluateProgrammeAsOf } from './programme-evaluation.js';

function publicMetric(m: MetricEvaluation, threshold: number): PublicMetricDto {
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
      metrics: s.metrics.map((m) => publicMetric(m, threshold)),
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
