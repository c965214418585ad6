// A validated programme pack in memory: the files' rows, typed and cross-checked, in file order.
import type {
  Baseline,
  Cost,
  Deflator,
  IsoDate,
  Metric,
  Outcome,
  Partner,
  Programme,
  Strand,
  UnitCost,
} from '@outcomes/core';

export type PackMetric = Omit<Metric, 'baseline' | 'forecasts' | 'actuals'>;

export interface PackBaseline extends Baseline {
  metricId: string;
}

export interface PackForecast {
  metricId: string;
  periodStart: IsoDate;
  value: number;
}

export interface PackActual {
  metricId: string;
  periodStart: IsoDate;
  value: number;
  note: string | null;
}

export interface Pack {
  programme: Programme;
  partners: Partner[];
  outcomes: Outcome[];
  strands: Strand[];
  /** With their bearers. */
  unitCosts: UnitCost[];
  metrics: PackMetric[];
  baselines: PackBaseline[];
  forecasts: PackForecast[];
  actuals: PackActual[];
  costs: Cost[];
  deflators: Deflator[];
}
