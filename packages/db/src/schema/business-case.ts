// Numbered versions of a programme's business case and the decisions that put one in force
// (migration 2026-12-05T0100-business-case-versions).
import type { Generated, Insertable, Selectable } from 'kysely';

export interface BusinessCaseVersionTable {
  programme_id: string;
  /** 1, 2, ... per programme. */
  version: number;
  name: string;
  note: string | null;
  created_by: string;
  created_by_user_id: number | null;
  created_at: string;
}

/** A forecast of one metric and period in one version. */
export interface BusinessCaseForecastTable {
  programme_id: string;
  version: number;
  metric_id: string;
  period_start: string;
  value: number;
}

/** A forecast cost (what a partner was to put into a strand in a year) in one version. */
export interface BusinessCaseCostTable {
  programme_id: string;
  version: number;
  position: number;
  strand_id: string;
  partner_id: string;
  financial_year: string;
  kind: string;
  forecast_pence: number;
}

/** A unit cost's figures in one version (its name and source stay with the live framework). */
export interface BusinessCaseUnitCostTable {
  programme_id: string;
  version: number;
  unit_cost_id: string;
  per: string;
  value_pence: number;
  price_year: string;
  confidence_grade: number;
  category: string;
  cashable_share: number;
}

export interface BusinessCaseUnitCostBearerTable {
  programme_id: string;
  version: number;
  unit_cost_id: string;
  position: number;
  partner_id: string;
  share: number;
}

/** "Version N is in force from date D": append-only. */
export interface BusinessCaseInForceTable {
  id: Generated<number>;
  programme_id: string;
  version: number;
  effective_from: string;
  reason: string;
  decided_by: string;
  decided_by_user_id: number | null;
  decided_at: string;
}

export type BusinessCaseVersionRow = Selectable<BusinessCaseVersionTable>;
export type NewBusinessCaseVersionRow = Insertable<BusinessCaseVersionTable>;
export type BusinessCaseInForceRow = Selectable<BusinessCaseInForceTable>;
