// A metric's additionality as both metrics.csv and the metric table hold it: four shares and the
// evidence behind them, in columns of the same names.
import type { Additionality } from '@outcomes/core';

export interface AdditionalityColumns {
  deadweight: number;
  displacement: number;
  leakage: number;
  substitution: number;
  additionality_source: string | null;
  additionality_grade: string | null;
}

/**
 * The metric's additionality, or nothing when every share is 0 and no source or grade is given
 * (so its figures stand as returned).
 */
export function additionalityOf(row: AdditionalityColumns): { additionality?: Additionality } {
  const a: Additionality = {
    leakage: row.leakage,
    displacement: row.displacement,
    substitution: row.substitution,
    deadweight: row.deadweight,
    source: row.additionality_source,
    grade: row.additionality_grade,
  };
  const none =
    a.leakage === 0 &&
    a.displacement === 0 &&
    a.substitution === 0 &&
    a.deadweight === 0 &&
    a.source === null &&
    a.grade === null;
  return none ? {} : { additionality: a };
}
