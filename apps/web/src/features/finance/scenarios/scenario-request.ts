// The scenario form's state and its request body: what a person typed, checked and turned into
// the API's fractions, and each field the API names mapped back to its box.
import type { ProgrammeDetail, ScenarioRequest, UnitCostRegister } from '@outcomes/contract';
import type { FormError } from '../../../components/form-error-summary';
import { fractionToPercentText, parsePercent, percentToFraction } from '../lib/percent-input';

export const GRADES = ['1', '2', '3', '4', '5', '6'] as const;
export type Grade = (typeof GRADES)[number];

export const ids = {
  all: 'scenario-all',
  unitCost: (id: string) => `scenario-unit-cost-${id}`,
  grade: (g: string) => `scenario-ob-${g}`,
  discountRate: 'scenario-discount-rate',
  growth: 'scenario-growth',
  attribution: 'scenario-attribution',
  dropOff: 'scenario-drop-off',
  persistenceYears: 'scenario-persistence-years',
};

export interface FormState {
  all: string;
  unitCosts: Record<string, string>;
  grades: Record<Grade, string>;
  discountRate: string;
  /** Percentage points added to every metric's growth; blank for none. */
  growth: string;
  /** Per cent change to every attribution; blank for none. */
  attribution: string;
  /** Percentage points added to every persistence profile's drop-off; blank for none. */
  dropOff: string;
  /** Whole years added to every persistence profile; blank for none. */
  persistenceYears: string;
}

export function initialState(programme: ProgrammeDetail): FormState {
  const grades = {} as Record<Grade, string>;
  for (const g of GRADES) grades[g] = fractionToPercentText(programme.optimismBias[g] ?? 0);
  return {
    all: '',
    unitCosts: {},
    grades,
    discountRate: fractionToPercentText(programme.discountRate),
    growth: '',
    attribution: '',
    dropOff: '',
    persistenceYears: '',
  };
}

/** The request body, or the boxes that do not hold a number. */
export function toRequest(
  state: FormState,
  register: UnitCostRegister,
):
  | { body: ScenarioRequest; fieldFor: (field: string) => string | undefined }
  | { errors: FormError[] } {
  const errors: FormError[] = [];
  const notNumber = (fieldId: string, what: string) =>
    errors.push({ fieldId, message: `Enter ${what} as a number, like 10 or -5.5` });
  const changes: { unitCostId: string; percent: number; fieldId: string }[] = [];
  const all = parsePercent(state.all);
  if (all === null) notNumber(ids.all, 'the change to every unit cost');
  else if (all !== undefined) changes.push({ unitCostId: '*', percent: all, fieldId: ids.all });
  for (const u of register.unitCosts) {
    const value = parsePercent(state.unitCosts[u.id] ?? '');
    if (value === null) notNumber(ids.unitCost(u.id), `the change to ${u.name}`);
    else if (value !== undefined) {
      changes.push({ unitCostId: u.id, percent: value, fieldId: ids.unitCost(u.id) });
    }
  }
  const optimismBias: Partial<Record<Grade, number>> = {};
  for (const g of GRADES) {
    const value = parsePercent(state.grades[g]);
    if (value === null || value === undefined)
      notNumber(ids.grade(g), `the correction for grade ${g}`);
    else optimismBias[g] = percentToFraction(value);
  }
  const rate = parsePercent(state.discountRate);
  if (rate === null || rate === undefined) notNumber(ids.discountRate, 'the discount rate');
  const growth = parsePercent(state.growth);
  if (growth === null) notNumber(ids.growth, 'the change to growth');
  const attribution = parsePercent(state.attribution);
  if (attribution === null) notNumber(ids.attribution, 'the change to attribution');
  const dropOff = parsePercent(state.dropOff);
  if (dropOff === null) notNumber(ids.dropOff, 'the change to drop-off');
  const yearsText = state.persistenceYears.trim().replace('−', '-');
  const years = yearsText === '' ? undefined : /^-?\d+$/.test(yearsText) ? Number(yearsText) : null;
  if (years === null) {
    errors.push({
      fieldId: ids.persistenceYears,
      message: 'Enter the change to persistence as a whole number of years, like 2 or -1',
    });
  }
  if (errors.length > 0) return { errors };

  const body: ScenarioRequest = {
    ...(changes.length > 0
      ? { unitCostChanges: changes.map(({ unitCostId, percent }) => ({ unitCostId, percent })) }
      : {}),
    optimismBias,
    discountRate: percentToFraction(rate as number),
    ...(growth === undefined || growth === null ? {} : { growthChange: percentToFraction(growth) }),
    ...(attribution === undefined || attribution === null
      ? {}
      : { attributionPercent: attribution }),
    ...(dropOff === undefined || dropOff === null
      ? {}
      : { dropOffChange: percentToFraction(dropOff) }),
    ...(years === undefined || years === null ? {} : { persistenceYearsChange: years }),
  };
  // The API names fields by their path in the body: map each back to its box.
  const fieldFor = (field: string): string | undefined => {
    const change = /^unitCostChanges\.(\d+)/.exec(field);
    if (change) return changes[Number(change[1])]?.fieldId;
    const grade = /^optimismBias\.([1-6])/.exec(field);
    if (grade) return ids.grade(grade[1] as Grade);
    if (field.startsWith('optimismBias')) return ids.grade('1');
    if (field === 'discountRate') return ids.discountRate;
    if (field === 'growthChange') return ids.growth;
    if (field === 'attributionPercent') return ids.attribution;
    if (field === 'dropOffChange') return ids.dropOff;
    if (field === 'persistenceYearsChange') return ids.persistenceYears;
    return undefined;
  };
  return { body, fieldFor };
}
