import type { Generated, Insertable, Selectable } from 'kysely';

export interface MetricTable {
  programme_id: string;
  id: string;
  position: number;
  strand_id: string;
  outcome_id: string;
  name: string;
  unit: string;
  /** 'month' | 'quarter' | 'year'. */
  frequency: string;
  /** 'lower' | 'higher'. */
  polarity: string;
  /** 'flow' | 'stock'. */
  kind: string;
  owner_partner_id: string;
  /** Null for a metric that is not monetised. */
  unit_cost_id: string | null;
  attribution: number;
  source: string;
  /** 1 for a running total, charted as per-period increments; 0 otherwise. */
  cumulative: Generated<number>;
  /** Additionality shares in [0, 1]; 0 means no adjustment. */
  leakage: Generated<number>;
  displacement: Generated<number>;
  substitution: Generated<number>;
  deadweight: Generated<number>;
  additionality_source: string | null;
  additionality_grade: string | null;
  /** A code shared with other programmes' metrics for comparison (metrics.csv indicator_code). */
  indicator_code: Generated<string | null>;
  /** A comparison series standing for the counterfactual (comparator_value rows); null: none. */
  comparator_name: Generated<string | null>;
  comparator_source: Generated<string | null>;
  /** Lag, persistence and drop-off of the value (GMCA CBA profile): 0, 1 and 0 mean none. */
  benefit_lag_years: Generated<number>;
  persistence_years: Generated<number>;
  drop_off_rate: Generated<number>;
  persistence_source: Generated<string | null>;
  /** The first day from which no figures are due (metrics.csv retired_from); null: in use. */
  retired_from: Generated<string | null>;
}

export type MetricRow = Selectable<MetricTable>;
export type NewMetricRow = Insertable<MetricTable>;
