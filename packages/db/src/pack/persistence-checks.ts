// A metric's lag, persistence and drop-off (issue 18; the GMCA CBA model's profile), read from
// metrics.csv's benefit_lag_years, persistence_years, drop_off_rate and persistence_source. Each
// is optional and blank means today's behaviour (no lag, one year, no drop-off). Like any other
// appraisal assumption, a profile must say where it comes from: a row giving any of the three
// without a persistence_source is refused, naming file, line and column, and so is a source
// with no profile to describe.
import type { Persistence } from '@outcomes/core';
import { metricsCsv } from './pack-files.js';
import type { Report } from './validate-pack.js';

export interface PersistenceColumns {
  id: string;
  benefit_lag_years: number | null;
  persistence_years: number | null;
  drop_off_rate: number | null;
  persistence_source: string | null;
}

const givesProfile = (row: PersistenceColumns) =>
  row.benefit_lag_years !== null || row.persistence_years !== null || row.drop_off_rate !== null;

export function checkPersistence(
  metrics: readonly { line: number; row: PersistenceColumns }[],
  report: Report,
): void {
  for (const { line, row } of metrics) {
    if (givesProfile(row) && row.persistence_source === null) {
      report({
        file: metricsCsv.file,
        line,
        column: 'persistence_source',
        message:
          `metric "${row.id}" gives a lag, persistence or drop-off but no persistence_source; ` +
          'expected where the profile comes from, such as an evaluation or the GMCA CBA model',
      });
    }
    if (!givesProfile(row) && row.persistence_source !== null) {
      report({
        file: metricsCsv.file,
        line,
        column: 'persistence_source',
        message:
          `metric "${row.id}" gives a persistence_source but no benefit_lag_years, ` +
          'persistence_years or drop_off_rate; expected the profile it is the source of, or ' +
          'persistence_source empty',
      });
    }
  }
}

/** A metric row's profile, or nothing when it gives none (so its figures stand). */
export function packPersistence(row: PersistenceColumns): { persistence?: Persistence } {
  if (!givesProfile(row)) return {};
  return {
    persistence: {
      lagYears: row.benefit_lag_years ?? 0,
      persistenceYears: row.persistence_years ?? 1,
      dropOffRate: row.drop_off_rate ?? 0,
      source: row.persistence_source,
    },
  };
}
