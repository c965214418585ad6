import type { Insertable, Selectable } from 'kysely';

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
}

export type MetricRow = Selectable<MetricTable>;
export type NewMetricRow = Insertable<MetricTable>;
