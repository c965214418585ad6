// One programme's figures for each indicator code it carries, as comparing places needs them:
// computed from the cached evaluation and kept per (programme, as-of date) while the programme's
// data stamp is unchanged, so comparing one indicator across 152 places reads 152 small objects
// instead of evaluating 152 programmes.
import {
  periodLengthInYears,
  type MetricEvaluation,
  type MetricKind,
  type Polarity,
  type Rag,
  type SpcVariation,
} from '@outcomes/core';
import { listSpcRebases, standingSpcRebases, type ComparisonPlace, type Db } from '@outcomes/db';
import { metricSpc } from '../metric-spc.js';
import { evaluateProgrammeAsOf } from '../programme-evaluation.js';

export interface IndicatorFacts {
  code: string;
  metricId: string;
  metricName: string;
  unit: string;
  kind: MetricKind;
  polarity: Polarity;
  achievement: number | null;
  rag: Rag;
  demandAvoidedToDate: number;
  strandRealisedBenefitToDate: number;
  strandCostToDate: number;
  /**
   * What the funnel rests on. Flow: the actuals of the latest year of returns to date (up to 12
   * months, 4 quarters or 1 year) and the years they cover. Stock: the latest count. Null when
   * there is no actual to date.
   */
  events: number | null;
  years: number | null;
  spcVariation: SpcVariation | null;
}

export interface PlaceFacts {
  stamp: string;
  byCode: Map<string, IndicatorFacts>;
}

/** The actuals to date of the latest year of returns, and how many years they cover. */
function latestYear(evaluation: MetricEvaluation): { events: number; years: number } | null {
  const { metric } = evaluation;
  const actuals = evaluation.periods.filter((p) => p.toDate && p.actual !== null);
  if (actuals.length === 0) return null;
  if (metric.kind === 'stock') return { events: actuals.at(-1)!.actual!, years: 1 };
  const length = periodLengthInYears(metric.frequency);
  const last = actuals.slice(-Math.round(1 / length));
  return {
    events: last.reduce((sum, p) => sum + (p.actual ?? 0), 0),
    years: last.length * length,
  };
}

function demandAvoided(evaluation: MetricEvaluation): number {
  return evaluation.periods
    .filter((p) => p.comparable)
    .reduce((sum, p) => sum + (p.actualImprovement ?? 0), 0);
}

async function computeFacts(db: Db, place: ComparisonPlace, asOf: string): Promise<PlaceFacts> {
  const { data, evaluation } = await evaluateProgrammeAsOf(db, place.programmeId, asOf);
  const rebases = standingSpcRebases(await listSpcRebases(db, place.programmeId, {}));
  const byCode = new Map<string, IndicatorFacts>();
  for (const indicator of place.indicators) {
    const strand = evaluation.strands.find((s) =>
      s.metrics.some((m) => m.metric.id === indicator.metricId),
    );
    const metric = strand?.metrics.find((m) => m.metric.id === indicator.metricId);
    if (strand === undefined || metric === undefined) continue;
    const year = latestYear(metric);
    byCode.set(indicator.code, {
      code: indicator.code,
      metricId: metric.metric.id,
      metricName: metric.metric.name,
      unit: metric.metric.unit,
      kind: metric.metric.kind,
      polarity: metric.metric.polarity,
      achievement: metric.achievement,
      rag: metric.rag,
      demandAvoidedToDate: demandAvoided(metric),
      strandRealisedBenefitToDate: strand.realisedBenefitToDate,
      strandCostToDate: strand.costToDate,
      events: year?.events ?? null,
      years: year?.years ?? null,
      spcVariation: metricSpc(data.programme, metric, rebases).result?.variation ?? null,
    });
  }
  return { stamp: place.stamp, byCode };
}

const ENTRIES_PER_STORE = 2048;
const caches = new WeakMap<Db, Map<string, Promise<PlaceFacts>>>();

/**
 * The facts of `place` as of `asOf`: cached while its stamp (read with the list of places) is the
 * same, recomputed when a load, submission or rebase has changed it.
 */
export async function placeFacts(
  db: Db,
  place: ComparisonPlace,
  asOf: string,
): Promise<PlaceFacts> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${place.programmeId}\u0000${asOf}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    const facts = await hit;
    if (facts.stamp === place.stamp) return facts;
  }
  const computed = computeFacts(db, place, asOf);
  cache.set(key, computed);
  computed.catch(() => {
    if (cache.get(key) === computed) cache.delete(key);
  });
  if (cache.size > ENTRIES_PER_STORE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return computed;
}
