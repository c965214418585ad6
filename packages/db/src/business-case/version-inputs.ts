// The rows one business-case version holds, read in a fixed order so two versions (or a version
// and the live rows) compare and replay identically.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

export interface VersionInputs {
  forecasts: { metric_id: string; period_start: string; value: number }[];
  costs: {
    position: number;
    strand_id: string;
    partner_id: string;
    financial_year: string;
    kind: string;
    forecast_pence: number;
  }[];
  unitCosts: {
    unit_cost_id: string;
    per: string;
    value_pence: number;
    price_year: string;
    confidence_grade: number;
    category: string;
    cashable_share: number;
  }[];
  bearers: { unit_cost_id: string; position: number; partner_id: string; share: number }[];
}

export async function readVersionInputs(
  db: Kysely<Database>,
  programmeId: string,
  version: number,
): Promise<VersionInputs> {
  const [forecasts, costs, unitCosts, bearers] = await Promise.all([
    db
      .selectFrom('business_case_forecast')
      .select(['metric_id', 'period_start', 'value'])
      .where('programme_id', '=', programmeId)
      .where('version', '=', version)
      .orderBy('metric_id')
      .orderBy('period_start')
      .execute(),
    db
      .selectFrom('business_case_cost')
      .select(['position', 'strand_id', 'partner_id', 'financial_year', 'kind', 'forecast_pence'])
      .where('programme_id', '=', programmeId)
      .where('version', '=', version)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('business_case_unit_cost')
      .select([
        'unit_cost_id',
        'per',
        'value_pence',
        'price_year',
        'confidence_grade',
        'category',
        'cashable_share',
      ])
      .where('programme_id', '=', programmeId)
      .where('version', '=', version)
      .orderBy('unit_cost_id')
      .execute(),
    db
      .selectFrom('business_case_unit_cost_bearer')
      .select(['unit_cost_id', 'position', 'partner_id', 'share'])
      .where('programme_id', '=', programmeId)
      .where('version', '=', version)
      .orderBy('unit_cost_id')
      .orderBy('position')
      .execute(),
  ]);
  // PostgreSQL returns bigint columns as strings.
  return {
    forecasts,
    costs: costs.map((c) => ({ ...c, forecast_pence: Number(c.forecast_pence) })),
    unitCosts: unitCosts.map((u) => ({ ...u, value_pence: Number(u.value_pence) })),
    bearers,
  };
}
