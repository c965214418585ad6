// The whole store as Kysely sees it: one table per file, composed here.
import type { ActualRevisionTable } from './actual-revision.js';
import type { AuditLogTable } from './audit-log.js';
import type { BaselineTable } from './baseline.js';
import type { CostTable } from './cost.js';
import type { DeflatorTable } from './deflator.js';
import type { ForecastVersionTable } from './forecast-version.js';
import type { ForecastTable } from './forecast.js';
import type { MetricTable } from './metric.js';
import type { OutcomeTable } from './outcome.js';
import type { PartnerTable } from './partner.js';
import type { ProgrammeTable } from './programme.js';
import type { StrandTable } from './strand.js';
import type { SubmissionTable } from './submission.js';
import type { UnitCostBearerTable } from './unit-cost-bearer.js';
import type { UnitCostTable } from './unit-cost.js';

export interface Database {
  programme: ProgrammeTable;
  partner: PartnerTable;
  outcome: OutcomeTable;
  strand: StrandTable;
  unit_cost: UnitCostTable;
  unit_cost_bearer: UnitCostBearerTable;
  metric: MetricTable;
  baseline: BaselineTable;
  forecast_version: ForecastVersionTable;
  forecast: ForecastTable;
  submission: SubmissionTable;
  actual_revision: ActualRevisionTable;
  cost: CostTable;
  deflator: DeflatorTable;
  audit_log: AuditLogTable;
}

export type * from './actual-revision.js';
export type * from './audit-log.js';
export type * from './baseline.js';
export type * from './cost.js';
export type * from './deflator.js';
export type * from './forecast-version.js';
export type * from './forecast.js';
export type * from './metric.js';
export type * from './outcome.js';
export type * from './partner.js';
export type * from './programme.js';
export type * from './strand.js';
export type * from './submission.js';
export type * from './unit-cost-bearer.js';
export type * from './unit-cost.js';
