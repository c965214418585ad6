// "What if": a scenario is the same programme with some assumptions changed — unit costs up or
// down by a percentage, another optimism-bias ladder, another discount rate, every metric's
// demand growth moved by some percentage points, every attribution scaled, every persistence
// profile's drop-off and years moved. It is run through
// the same evaluator on a modified copy of the data, so there is no second way of calculating.
import type { OptimismBiasLadder, ProgrammeData } from '../domain.js';

/** Every unit cost: the id that stands for all of them in a change. */
export const ALL_UNIT_COSTS = '*';

export interface UnitCostChange {
  /** A unit cost's id, or '*' for every unit cost. */
  unitCostId: string;
  /** Change in per cent: −10 lowers the cost by a tenth. Must be greater than −100. */
  percent: number;
}

export type OptimismBiasOverride = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6', number>>;

export interface ScenarioOverrides {
  /** A change to one unit cost takes the place of a '*' change for that unit cost. */
  unitCostChanges?: readonly UnitCostChange[];
  /** Grades given replace the programme's corrections; grades left out keep them. */
  optimismBias?: OptimismBiasOverride;
  discountRate?: number;
  /**
   * Added to every metric's annual growth, as a fraction (0.01 is one percentage point): how
   * fast demand would have grown without the change is the least certain input of all.
   */
  growthChange?: number;
  /**
   * Change to every metric's attribution in per cent (−20 claims a fifth less); an attribution
   * pushed past 1 stays at 1, since a strand cannot claim more than the whole improvement.
   */
  attributionPercent?: number;
  /**
   * Added to the drop-off rate of every metric with a persistence profile, as a fraction (0.1
   * is ten percentage points), kept within 0 to 1. A metric without a profile is untouched:
   * its value counts in one year only, so there is nothing to drop off.
   */
  dropOffChange?: number;
  /**
   * Whole years added to (or taken from) every profiled metric's persistence, never below one
   * year. Like drop-off, it moves only the figures with persistence.
   */
  persistenceYearsChange?: number;
}

export interface ScenarioProblem {
  /** Dotted path of the field at fault, e.g. `unitCostChanges.0.percent`. */
  field: string;
  message: string;
}

export const MAX_PERCENT_CHANGE = 1000;
/** Growth moved by at most this (as a fraction: 0.5 is fifty percentage points). */
export const MAX_GROWTH_CHANGE = 0.5;
/** Persistence moved by at most this many years. */
export const MAX_PERSISTENCE_YEARS_CHANGE = 30;
const GRADES = ['1', '2', '3', '4', '5', '6'] as const;

/** Everything wrong with the overrides for this programme (empty when they can be applied). */
export function scenarioProblems(
  data: ProgrammeData,
  overrides: ScenarioOverrides,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const known = new Set(data.unitCosts.map((u) => u.id));
  const seen = new Set<string>();
  (overrides.unitCostChanges ?? []).forEach((change, i) => {
    const field = `unitCostChanges.${i}`;
    if (change.unitCostId !== ALL_UNIT_COSTS && !known.has(change.unitCostId)) {
      problems.push({
        field: `${field}.unitCostId`,
        message: `"${change.unitCostId}" is not a unit cost of this programme`,
      });
    } else if (seen.has(change.unitCostId)) {
      problems.push({
        field: `${field}.unitCostId`,
        message: `"${change.unitCostId}" is changed more than once`,
      });
    }
    seen.add(change.unitCostId);
    if (!Number.isFinite(change.percent) || change.percent <= -100) {
      problems.push({
        field: `${field}.percent`,
        message: 'must be a number greater than -100 (a unit cost cannot fall to zero)',
      });
    } else if (change.percent > MAX_PERCENT_CHANGE) {
      problems.push({
        field: `${field}.percent`,
        message: `must be at most ${MAX_PERCENT_CHANGE}`,
      });
    }
  });
  for (const [grade, value] of Object.entries(overrides.optimismBias ?? {})) {
    if (!(GRADES as readonly string[]).includes(grade)) {
      problems.push({ field: `optimismBias.${grade}`, message: 'is not a grade from 1 to 6' });
    } else if (value === undefined || !Number.isFinite(value) || value < 0 || value >= 1) {
      problems.push({
        field: `optimismBias.${grade}`,
        message: 'must be a number from 0 up to (not including) 1',
      });
    }
  }
  const rate = overrides.discountRate;
  if (rate !== undefined && (!Number.isFinite(rate) || rate < 0 || rate >= 1)) {
    problems.push({
      field: 'discountRate',
      message: 'must be a number from 0 up to (not including) 1',
    });
  }
  const growth = overrides.growthChange;
  if (growth !== undefined) {
    const lowest = Math.min(...data.metrics.map((m) => m.baseline.annualGrowth));
    if (!Number.isFinite(growth) || Math.abs(growth) > MAX_GROWTH_CHANGE) {
      problems.push({
        field: 'growthChange',
        message: `must be a number from -${MAX_GROWTH_CHANGE} to ${MAX_GROWTH_CHANGE}`,
      });
    } else if (lowest + growth <= -1) {
      problems.push({
        field: 'growthChange',
        message: 'would take a growth rate to -100% or below',
      });
    }
  }
  const attribution = overrides.attributionPercent;
  if (
    attribution !== undefined &&
    (!Number.isFinite(attribution) || attribution <= -100 || attribution > MAX_PERCENT_CHANGE)
  ) {
    problems.push({
      field: 'attributionPercent',
      message: `must be a number greater than -100 and at most ${MAX_PERCENT_CHANGE}`,
    });
  }
  const dropOff = overrides.dropOffChange;
  if (dropOff !== undefined && (!Number.isFinite(dropOff) || Math.abs(dropOff) > 1)) {
    problems.push({ field: 'dropOffChange', message: 'must be a number from -1 to 1' });
  }
  const years = overrides.persistenceYearsChange;
  if (
    years !== undefined &&
    (!Number.isInteger(years) || Math.abs(years) > MAX_PERSISTENCE_YEARS_CHANGE)
  ) {
    problems.push({
      field: 'persistenceYearsChange',
      message: `must be a whole number from -${MAX_PERSISTENCE_YEARS_CHANGE} to ${MAX_PERSISTENCE_YEARS_CHANGE}`,
    });
  }
  return problems;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * A copy of the data with the overrides applied. Throws a RangeError naming the first problem
 * when the overrides do not suit the programme (check with scenarioProblems first).
 */
export function applyScenario(data: ProgrammeData, overrides: ScenarioOverrides): ProgrammeData {
  const [problem] = scenarioProblems(data, overrides);
  if (problem) throw new RangeError(`${problem.field} ${problem.message}`);

  const changes = new Map((overrides.unitCostChanges ?? []).map((c) => [c.unitCostId, c.percent]));
  const unitCosts = data.unitCosts.map((u) => {
    const percent = changes.get(u.id) ?? changes.get(ALL_UNIT_COSTS);
    // Full precision: a scenario's unit cost need not be a whole number of pence.
    return percent === undefined ? u : { ...u, valuePence: u.valuePence * (1 + percent / 100) };
  });

  const optimismBias: OptimismBiasLadder = { ...data.programme.optimismBias };
  for (const grade of GRADES) {
    const value = overrides.optimismBias?.[grade];
    if (value !== undefined) optimismBias[Number(grade) as keyof OptimismBiasLadder] = value;
  }

  const growthChange = overrides.growthChange ?? 0;
  const attributionFactor = 1 + (overrides.attributionPercent ?? 0) / 100;
  const moved =
    growthChange === 0 && attributionFactor === 1
      ? data.metrics
      : data.metrics.map((m) => ({
          ...m,
          attribution: Math.min(1, m.attribution * attributionFactor),
          baseline: { ...m.baseline, annualGrowth: m.baseline.annualGrowth + growthChange },
        }));
  const dropOffChange = overrides.dropOffChange ?? 0;
  const yearsChange = overrides.persistenceYearsChange ?? 0;
  const metrics =
    dropOffChange === 0 && yearsChange === 0
      ? moved
      : moved.map((m) =>
          m.persistence === undefined || m.persistence === null
            ? m
            : {
                ...m,
                persistence: {
                  ...m.persistence,
                  dropOffRate: clamp01(m.persistence.dropOffRate + dropOffChange),
                  persistenceYears: Math.max(1, m.persistence.persistenceYears + yearsChange),
                },
              },
        );

  return {
    ...data,
    metrics,
    programme: {
      ...data.programme,
      optimismBias,
      discountRate: overrides.discountRate ?? data.programme.discountRate,
    },
    unitCosts,
  };
}
