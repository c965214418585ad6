// One indicator across the places a user may see: core's ratios, ranks and funnel limits over the
// cached facts of each place (place-facts.ts). The web app shows these numbers; it computes none.
import type { ComparisonDto, ComparisonPlaceDto } from '@outcomes/contract';
import {
  benefitPerPound,
  funnelPosition,
  perTenThousand,
  pooledTarget,
  proportionFunnelLimits,
  rateFunnelLimits,
  rankPlaces,
  roundToPence,
  type FunnelLimits,
  type MetricKind,
} from '@outcomes/core';
import type { ComparisonPlace } from '@outcomes/db';
import type { IndicatorFacts } from './place-facts.js';

const PER = 10_000;
const CURVE_POINTS = 40;

export interface PlaceWithFacts {
  place: ComparisonPlace;
  facts: IndicatorFacts;
}

/** Exposure for the funnel: person-years (flow) or residents (stock); null without one. */
function exposureOf(p: PlaceWithFacts): number | null {
  const { population } = p.place;
  if (population === null || p.facts.events === null || p.facts.years === null) return null;
  return p.facts.kind === 'flow' ? population * p.facts.years : population;
}

function limitsAt(kind: MetricKind, target: number, exposure: number): FunnelLimits {
  return kind === 'flow'
    ? rateFunnelLimits(target, exposure)
    : proportionFunnelLimits(Math.min(1, target), exposure);
}

const scale = (l: FunnelLimits): FunnelLimits => ({
  lower95: l.lower95 * PER,
  upper95: l.upper95 * PER,
  lower998: l.lower998 * PER,
  upper998: l.upper998 * PER,
});

/** The funnel's limits at exposures spread (geometrically) over the places' range. */
function funnelCurve(kind: MetricKind, target: number, exposures: number[]) {
  if (exposures.length === 0) return [];
  const low = Math.max(1, Math.min(...exposures) / 2);
  const high = Math.max(...exposures) * 1.5;
  const step = Math.pow(high / low, 1 / (CURVE_POINTS - 1));
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const exposure = low * Math.pow(step, i);
    return { exposure, ...scale(limitsAt(kind, target, exposure)) };
  });
}

export function compareIndicator(
  code: string,
  asOf: string,
  rows: readonly PlaceWithFacts[],
): ComparisonDto {
  const first = rows[0]!.facts;
  const kind = first.kind;
  // Only places measuring the indicator the same way (flow or stock) share one funnel.
  const funnelRows = rows.filter((r) => r.facts.kind === kind && exposureOf(r) !== null);
  const target = pooledTarget(
    funnelRows.map((r) => ({ events: r.facts.events!, exposure: exposureOf(r)! })),
  );
  const per10k = rows.map((r) => perTenThousand(r.facts.demandAvoidedToDate, r.place.population));
  const perPound = rows.map((r) =>
    benefitPerPound(r.facts.strandRealisedBenefitToDate, r.facts.strandCostToDate),
  );
  const achievementRanks = rankPlaces(rows.map((r) => r.facts.achievement));
  const per10kRanks = rankPlaces(per10k);
  const perPoundRanks = rankPlaces(perPound);

  const places: ComparisonPlaceDto[] = rows.map((r, i) => {
    const exposure = r.facts.kind === kind ? exposureOf(r) : null;
    const value = exposure === null ? null : (r.facts.events! / exposure) * PER;
    const limits =
      exposure === null || target === null ? null : scale(limitsAt(kind, target, exposure));
    return {
      programmeId: r.place.programmeId,
      programmeName: r.place.name,
      place: r.place.place,
      illustrative: r.place.illustrative,
      metricId: r.facts.metricId,
      metricName: r.facts.metricName,
      population: r.place.population,
      achievement: r.facts.achievement,
      rag: r.facts.rag,
      demandAvoidedToDate: r.facts.demandAvoidedToDate,
      demandAvoidedPer10k: per10k[i] ?? null,
      strandRealisedBenefitToDate: roundToPence(r.facts.strandRealisedBenefitToDate),
      strandCostToDate: roundToPence(r.facts.strandCostToDate),
      benefitPerPound: perPound[i] ?? null,
      ranks: {
        achievement: achievementRanks[i] ?? null,
        demandAvoidedPer10k: per10kRanks[i] ?? null,
        benefitPerPound: perPoundRanks[i] ?? null,
      },
      funnel: {
        value,
        exposure,
        events: exposure === null ? null : r.facts.events,
        limits,
        position: funnelPosition(value, limits),
      },
      spcVariation: r.facts.spcVariation,
    };
  });
  places.sort(
    (a, b) =>
      (a.ranks.achievement ?? Infinity) - (b.ranks.achievement ?? Infinity) ||
      a.place.localeCompare(b.place, 'en-GB'),
  );
  return {
    code,
    name: first.metricName,
    unit: first.unit,
    kind,
    polarity: first.polarity,
    asOf,
    target: target === null ? null : target * PER,
    measure:
      kind === 'flow'
        ? `${first.unit} per 10,000 residents a year, over the latest year of returns`
        : `${first.unit} per 10,000 residents, at the latest return`,
    funnelCurve:
      target === null
        ? []
        : funnelCurve(
            kind,
            target,
            funnelRows.map((r) => exposureOf(r)!),
          ),
    places,
  };
}
