// The whole store as Kysely sees it: one table per file, composed here.
import type { ActualRevisionTable } from './actual-revision.js';
import type { ApiTokenTable } from './api-token.js';
import type { AppUserTable } from './app-user.js';
import type { AuditLogTable } from './audit-log.js';
import type { BaselineTable } from './baseline.js';
import type { ComparatorValueTable } from './comparator-value.js';
import type {
  BusinessCaseCostTable,
  BusinessCaseForecastTable,
  BusinessCaseInForceTable,
  BusinessCaseUnitCostBearerTable,
  BusinessCaseUnitCostTable,
  BusinessCaseVersionTable,
} from './business-case.js';
import type { CommentaryTable } from './commentary.js';
import type { CostTable } from './cost.js';
import type { DeflatorTable } from './deflator.js';
import type { ForecastVersionTable } from './forecast-version.js';
import type { ForecastTable } from './forecast.js';
import type { MetricTable } from './metric.js';
import type { OidcSignInTable } from './oidc-sign-in.js';
import type { OutcomeTable } from './outcome.js';
import type { PartnerTable } from './partner.js';
import type { InstallationAdminTable } from './installation-admin.js';
import type { ProgrammeChangeTable } from './programme-change.js';
import type { ProgrammeTable } from './programme.js';
import type { RateLimitWindowTable } from './rate-limit-window.js';
import type { RoleGrantTable } from './role-grant.js';
import type { SessionTable } from './session.js';
import type { SignInFailureTable } from './sign-in-failure.js';
import type { SpcRebaseTable } from './spc-rebase.js';
import type { StrandTable } from './strand.js';
import type { SubmissionFileTable } from './submission-file.js';
import type { SubmissionRowTable } from './submission-row.js';
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
  comparator_value: ComparatorValueTable;
  forecast_version: ForecastVersionTable;
  forecast: ForecastTable;
  submission: SubmissionTable;
  actual_revision: ActualRevisionTable;
  submission_file: SubmissionFileTable;
  submission_row: SubmissionRowTable;
  cost: CostTable;
  deflator: DeflatorTable;
  audit_log: AuditLogTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  commentary: CommentaryTable;
  spc_rebase: SpcRebaseTable;
  programme_change: ProgrammeChangeTable;
  sign_in_failure: SignInFailureTable;
  rate_limit_window: RateLimitWindowTable;
  oidc_sign_in: OidcSignInTable;
  business_case_version: BusinessCaseVersionTable;
  business_case_forecast: BusinessCaseForecastTable;
  business_case_cost: BusinessCaseCostTable;
  business_case_unit_cost: BusinessCaseUnitCostTable;
  business_case_unit_cost_bearer: BusinessCaseUnitCostBearerTable;
  business_case_in_force: BusinessCaseInForceTable;
  installation_admin: InstallationAdminTable;
}

export type * from './actual-revision.js';
export type * from './api-token.js';
export type * from './app-user.js';
export type * from './audit-log.js';
export type * from './baseline.js';
export type * from './business-case.js';
export type * from './installation-admin.js';
export type * from './commentary.js';
export type * from './cost.js';
export type * from './deflator.js';
export type * from './forecast-version.js';
export type * from './forecast.js';
export type * from './metric.js';
export type * from './oidc-sign-in.js';
export type * from './outcome.js';
export type * from './partner.js';
export type * from './programme.js';
export type * from './rate-limit-window.js';
export type * from './role-grant.js';
export type * from './session.js';
export type * from './sign-in-failure.js';
export type * from './spc-rebase.js';
export type * from './strand.js';
export type * from './submission-file.js';
export type * from './submission-row.js';
export type * from './submission.js';
export type * from './unit-cost-bearer.js';
export type * from './unit-cost.js';
export type * from './comparator-value.js';
