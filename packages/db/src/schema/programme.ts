import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** One partnership's programme and its settings (programme.json). */
export interface ProgrammeTable {
  id: string;
  name: string;
  place: string;
  description: string | null;
  /** Financial year label `2013-14`: year index t = 0 for discounting. */
  first_financial_year: string;
  years: number;
  price_base_year: string;
  discount_rate: number;
  rag_green: number;
  rag_amber: number;
  reinvestment_share: number;
  /** JSON text: {"1": 0, ..., "6": 0.4}. */
  optimism_bias: string;
  /** 0 or 1 (SQLite has no boolean). */
  illustrative: number;
  /** ISO timestamp of the last pack load. */
  loaded_at: string;
  /** Points in a row that make an SPC shift or trend: 6 or 7 (programme.json spcShiftRunLength). */
  spc_shift_run_length: Generated<number>;
  /** Residents of the place (programme.json population); null when the pack gives none. */
  population: Generated<number | null>;
  /** 1 when the programme appears in comparisons of places (programme.json comparisonOptIn). */
  comparison_opt_in: Generated<number>;
  /** 1 when its headline figures are on a public page (programme.json publicPage). */
  public_page: Generated<number>;
  /**
   * Goes up in the same transaction as every change to the programme's figures (triggers do it:
   * migration 2026-11-23T0000-data-version), so caches can check it cheaply.
   */
  data_version: Generated<number>;
}

export type ProgrammeRow = Selectable<ProgrammeTable>;
export type NewProgrammeRow = Insertable<ProgrammeTable>;
export type ProgrammeUpdate = Updateable<ProgrammeTable>;
