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

export interface PackCommentary {
  metricId: string;
  periodStart: IsoDate;
  whatHappened: string;
  whatHelps: string | null;
  whatHurts: string | null;
  whatNext: string | null;
  author: string;
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
  /** From the optional commentary.csv. */
  commentary: PackCommentary[];
}
