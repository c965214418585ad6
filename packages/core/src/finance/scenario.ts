// "What if": a scenario is the same programme with some assumptions changed — unit costs up or
// down by a percentage, another optimism-bias ladder, another discount rate. It is run through
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
}

export interface ScenarioProblem {
  /** Dotted path of the field at fault, e.g. `unitCostChanges.0.percent`. */
  field: string;
  message: string;
}

export const MAX_PERCENT_CHANGE = 1000;
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
  return problems;
}

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

  return {
    ...data,
    programme: {
      ...data.programme,
      optimismBias,
      discountRate: overrides.discountRate ?? data.programme.discountRate,
    },
    unitCosts,
  };
}
