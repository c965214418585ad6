// Row → domain mappers, one per entity: the only place that knows both column and field names.
import type {
  Persistence,
  Baseline,
  BenefitCategory,
  Cost,
  CostOptimismBiasCategory,
  CostKind,
  Deflator,
  Frequency,
  Metric,
  MetricKind,
  OptimismBiasLadder,
  Outcome,
  Partner,
  PartnerBudget,
  PartnerKind,
  PeriodValue,
  Polarity,
  Programme,
  Strand,
  UnitCost,
  UnitCostBearer,
  UnitCostPer,
} from '@outcomes/core';
import { additionalityOf } from '../additionality-columns.js';
import type { BaselineRow } from '../schema/baseline.js';
import type { CostRow } from '../schema/cost.js';
import type { DeflatorRow } from '../schema/deflator.js';
import type { MetricRow } from '../schema/metric.js';
import type { OutcomeRow } from '../schema/outcome.js';
import type { PartnerRow } from '../schema/partner.js';
import type { ProgrammeRow } from '../schema/programme.js';
import type { StrandRow } from '../schema/strand.js';
import type { UnitCostBearerRow } from '../schema/unit-cost-bearer.js';
import type { UnitCostRow } from '../schema/unit-cost.js';

/** A programme as listed (without its data). */
export interface ProgrammeSummary {
  id: string;
  name: string;
  place: string;
  description: string | null;
  firstFinancialYear: string;
  years: number;
  illustrative: boolean;
  /** ISO timestamp of the last pack load. */
  loadedAt: string;
}

const GRADES = [1, 2, 3, 4, 5, 6] as const;

function toOptimismBias(programmeId: string, json: string): OptimismBiasLadder {
  const parsed = JSON.parse(json) as Record<string, unknown>;
  const ladder = {} as OptimismBiasLadder;
  for (const grade of GRADES) {
    const value = parsed[String(grade)];
    if (typeof value !== 'number') {
      throw new Error(
        `Programme "${programmeId}" has no optimism bias for grade ${grade} in the store`,
      );
    }
    ladder[grade] = value;
  }
  return ladder;
}

export function toProgrammeSummary(row: ProgrammeRow): ProgrammeSummary {
  return {
    id: row.id,
    name: row.name,
    place: row.place,
    description: row.description,
    firstFinancialYear: row.first_financial_year,
    years: row.years,
    illustrative: row.illustrative === 1,
    loadedAt: row.loaded_at,
  };
}

export function toProgramme(row: ProgrammeRow): Programme {
  return {
    id: row.id,
    name: row.name,
    place: row.place,
    description: row.description,
    firstFinancialYear: row.first_financial_year,
    years: row.years,
    priceBaseYear: row.price_base_year,
    discountRate: row.discount_rate,
    ragThresholds: { green: row.rag_green, amber: row.rag_amber },
    reinvestmentShare: row.reinvestment_share,
    optimismBias: toOptimismBias(row.id, row.optimism_bias),
    illustrative: row.illustrative === 1,
    spcShiftRunLength: row.spc_shift_run_length === 6 ? 6 : 7,
    // Each absent when not set, as in a pack that does not give it.
    ...(row.population === null ? {} : { population: row.population }),
    ...(row.comparison_opt_in === 1 ? { comparisonOptIn: true } : {}),
    ...(row.public_page === 1 ? { publicPage: true } : {}),
  };
}

export function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as PartnerKind,
    budget: row.budget as PartnerBudget,
  };
}

export function toOutcome(row: OutcomeRow): Outcome {
  return { id: row.id, name: row.name };
}

export function toStrand(row: StrandRow): Strand {
  return {
    id: row.id,
    name: row.name,
    sponsorPartnerId: row.sponsor_partner_id,
    description: row.description,
  };
}

export function toUnitCostBearer(row: UnitCostBearerRow): UnitCostBearer {
  return { partnerId: row.partner_id, share: row.share };
}

export function toUnitCost(row: UnitCostRow, bearers: UnitCostBearer[]): UnitCost {
  return {
    id: row.id,
    name: row.name,
    per: row.per as UnitCostPer,
    valuePence: row.value_pence,
    priceYear: row.price_year,
    source: row.source,
    confidenceGrade: row.confidence_grade as UnitCost['confidenceGrade'],
    category: row.category as BenefitCategory,
    cashableShare: row.cashable_share,
    bearers,
    // Only when given, so a unit cost without a stack reads exactly as it did before.
    ...(row.economic_pence === null ? {} : { economicPence: Number(row.economic_pence) }),
    ...(row.social_pence === null ? {} : { socialPence: Number(row.social_pence) }),
  };
}

export function toBaseline(row: BaselineRow): Baseline {
  return {
    value: row.value,
    annualGrowth: row.annual_growth,
    measuredFrom: row.measured_from,
    measuredTo: row.measured_to,
    note: row.note,
    growthFrom: row.growth_from,
  };
}

/** A metric's profile, or nothing when it has the defaults and no source (today's behaviour). */
function persistenceOf(row: MetricRow): { persistence?: Persistence } {
  const none =
    row.benefit_lag_years === 0 &&
    row.persistence_years === 1 &&
    row.drop_off_rate === 0 &&
    row.persistence_source === null;
  return none
    ? {}
    : {
        persistence: {
          lagYears: row.benefit_lag_years,
          persistenceYears: row.persistence_years,
          dropOffRate: row.drop_off_rate,
          source: row.persistence_source,
        },
      };
}

export function toMetric(
  row: MetricRow,
  baseline: Baseline,
  forecasts: PeriodValue[],
  actuals: PeriodValue[],
  comparatorValues: PeriodValue[] = [],
): Metric {
  return {
    id: row.id,
    strandId: row.strand_id,
    outcomeId: row.outcome_id,
    name: row.name,
    unit: row.unit,
    frequency: row.frequency as Frequency,
    polarity: row.polarity as Polarity,
    kind: row.kind as MetricKind,
    cumulative: row.cumulative === 1,
    // Absent when not given, as the pack reader leaves it, so a pack and its stored copy compare equal.
    ...(row.indicator_code === null ? {} : { indicatorCode: row.indicator_code }),
    ownerPartnerId: row.owner_partner_id,
    unitCostId: row.unit_cost_id,
    attribution: row.attribution,
    source: row.source,
    ...additionalityOf(row),
    // Absent when the metric names no comparison series, as the pack reader leaves it.
    ...(row.comparator_name === null
      ? {}
      : {
          comparator: {
            name: row.comparator_name,
            source: row.comparator_source ?? '',
            values: comparatorValues,
          },
        }),
    ...persistenceOf(row),
    // Absent when in use, as the pack reader leaves it.
    ...(row.retired_from === null ? {} : { retiredFrom: row.retired_from }),
    baseline,
    forecasts,
    actuals,
  };
}

export function toCost(row: CostRow): Cost {
  return {
    strandId: row.strand_id,
    partnerId: row.partner_id,
    financialYear: row.financial_year,
    kind: row.kind as CostKind,
    forecastPence: row.forecast_pence,
    actualPence: row.actual_pence,
    ...(row.price_year === null ? {} : { priceYear: row.price_year }),
    ...(row.optimism_bias_category === null
      ? {}
      : { optimismBiasCategory: row.optimism_bias_category as CostOptimismBiasCategory }),
    ...(row.optimism_bias === null ? {} : { optimismBias: row.optimism_bias }),
  };
}

export function toDeflator(row: DeflatorRow): Deflator {
  return { financialYear: row.financial_year, index: row.index_value };
}
