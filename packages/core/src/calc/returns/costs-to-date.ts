// Costs to date: what has actually been spent in financial years that are over. A year still
// running is left out whole, as its actual is not final; an unknown actual (null) adds nothing.
import type { Cost, IsoDate } from '../../domain.js';
import { financialYearEnd } from '../../periods/financial-year.js';
import { parseIsoDate } from '../../periods/iso-date.js';
import { penceToPounds } from '../../money/pence.js';

/** Σ actualPence of the rows whose financial year ended on or before `asOf`, in pounds. */
export function costsToDate(costs: readonly Cost[], asOf: IsoDate): number {
  parseIsoDate(asOf, 'as-of date');
  // Sum integer pence (exact) and convert once.
  let pence = 0;
  for (const c of costs) {
    if (c.actualPence !== null && financialYearEnd(c.financialYear) <= asOf) pence += c.actualPence;
  }
  return penceToPounds(pence);
}
