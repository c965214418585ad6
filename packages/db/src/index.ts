// The public surface of @outcomes/db.
export {
  createDb,
  databaseLocation,
  describeDatabase,
  engineOf,
  isPostgresUrl,
  type Db,
  type Engine,
} from './create-db.js';
export { migrateToLatest } from './migrate.js';
export { migrations } from './migrations/index.js';
export { isUniqueViolation } from './unique-violation.js';
export { runCli } from './cli/run-cli.js';
export type * from './schema/database.js';

export { readPack, type ReadPackResult } from './pack/read-pack.js';
export { loadPack, type LoadPackOptions } from './pack/load-pack.js';
export { readPackFiles, type PackFileContent, type PackFiles } from './pack/read-pack-files.js';
export type { CsvRecord } from './pack/read-csv.js';
export {
  actualsCsv,
  baselinesCsv,
  comparatorsCsv,
  costsCsv,
  deflatorsCsv,
  forecastsCsv,
  metricsCsv,
  outcomesCsv,
  partnersCsv,
  PACK_FILES,
  strandsCsv,
  unitCostBearersCsv,
  unitCostsCsv,
} from './pack/pack-files.js';
export { PROGRAMME_FILE } from './pack/programme-json.js';
export { readStoredPack } from './pack/read-stored-pack.js';
export {
  diffPacks,
  type PackChanges,
  type PackKindChanges,
  type PackRecordKind,
} from './pack/diff-packs.js';
export { checkReturnedFiguresKept } from './pack/returned-figures-rule.js';
export {
  savePack,
  PACK_FORECAST_VERSION,
  type LoadCounts,
  type LoadPackResult,
  type ProgressListener,
  type SavePackOptions,
} from './pack/save-pack.js';
export {
  PackValidationError,
  ProgrammeExistsError,
  formatPackError,
  type PackError,
} from './pack/pack-error.js';
export type { Pack, PackActual, PackBaseline, PackForecast, PackMetric } from './pack/pack.js';
export { parsePence } from './pack/money.js';

export { countProgrammes } from './queries/count-programmes.js';
export {
  getProgrammeData,
  type GetProgrammeDataOptions,
  type ProgrammeSnapshot,
} from './queries/get-programme-data.js';
export {
  readEvaluationSnapshot,
  refreshProgrammeSnapshot,
  type RefreshedProgramme,
  type RefreshKind,
} from './queries/refresh-programme.js';
export { formatDataStamp, getDataStamp } from './queries/get-data-stamp.js';
export {
  listCurrentActuals,
  type CurrentActual,
  type ListCurrentActualsOptions,
} from './queries/list-current-actuals.js';
export { listProgrammes } from './queries/list-programmes.js';
export { programmeExists } from './queries/programme-exists.js';
export { claimProgrammeForWrite } from './queries/claim-programme.js';
export type {
  RowOutcome,
  SubmissionRecord,
  SubmissionRowRecord,
  SubmissionSource,
} from './submissions/submission-record.js';
export {
  classifyRows,
  recordSubmission,
  type NewSubmission,
  type NewSubmissionFile,
  type NewSubmissionRow,
  type RecordedSubmission,
} from './submissions/record-submission.js';
export { listSubmissions, type ListSubmissionsOptions } from './submissions/list-submissions.js';
export { getSubmission, type SubmissionWithRows } from './submissions/get-submission.js';
export { getSubmissionFile, type SubmissionFile } from './submissions/get-submission-file.js';
export {
  listActualRevisions,
  type ActualRevisionRecord,
} from './submissions/list-actual-revisions.js';
export {
  countUserSubmissions,
  ProgrammeHasReturnsError,
} from './submissions/programme-has-returns-error.js';
export type { Author, CommentaryRecord } from './queries/commentary-record.js';
export { listCommentary, type ListCommentaryOptions } from './queries/list-commentary.js';
export {
  CommentaryConflictError,
  recordCommentary,
  type NewCommentary,
} from './queries/record-commentary.js';
export type { SpcRebaseAction, SpcRebaseRecord } from './queries/spc-rebase-record.js';
export { listSpcRebases, type ListSpcRebasesOptions } from './queries/list-spc-rebases.js';
export { standingSpcRebases } from './queries/standing-spc-rebases.js';
export {
  recordSpcRebase,
  SpcRebaseStateError,
  type NewSpcRebase,
} from './queries/record-spc-rebase.js';
export type { ProgrammeSummary } from './queries/to-domain.js';

export {
  findUserByEmail,
  findUserById,
  listUsers,
  countUsers,
  insertUser,
  setUserPasswordHash,
  setUserDisabledAt,
} from './accounts/users.js';
export {
  listUserRoleGrants,
  listProgrammeRoleGrants,
  replaceRoleGrants,
  type StoredRoleGrant,
} from './accounts/role-grants.js';
export { listProgrammeScopeIds } from './accounts/programme-scope-ids.js';
export {
  loadRequestContext,
  sqliteChangeMarker,
  type CredentialHash,
  type RequestContext,
  type RequestCredential,
} from './accounts/request-context.js';
export {
  announceChanges,
  RequestContextChanges,
  requestContextChannels,
  type RequestContextChangesOptions,
} from './accounts/request-context-changes.js';
export {
  insertSession,
  findSession,
  touchSession,
  deleteSession,
  deleteUserSessions,
  deleteStaleSessions,
} from './accounts/sessions.js';
export {
  insertApiToken,
  findApiToken,
  findApiTokenByHash,
  listUserApiTokens,
  touchApiToken,
  revokeApiTokens,
} from './accounts/api-tokens.js';
export {
  recordAudit,
  SYSTEM_ACTOR,
  type AuditActor,
  type AuditRecord,
} from './audit/record-audit.js';
export {
  listAuditEntries,
  listAuditActions,
  type AuditFilters,
} from './audit/list-audit-entries.js';

export {
  recordSignInFailure,
  listSignInFailures,
  clearSignInFailures,
  type SignInFailure,
} from './limits/sign-in-failures.js';
export {
  clearRateLimitWindow,
  countRateLimitHit,
  releaseRateLimitHit,
  type RateLimitHit,
} from './limits/rate-limit-windows.js';
export {
  decimalText,
  EMPTY_PACK_TABLES,
  packTables,
  packToFiles,
  programmeJsonValue,
  tableToCsv,
  type PackCell,
  type PackTable,
} from './pack/write-pack-files.js';
export { findOidcSignIn, insertOidcSignIn, spendOidcSignIn } from './accounts/oidc-sign-ins.js';

export { recordBusinessCaseVersion } from './business-case/record-version.js';
export { utcToday, versionInForce, type VersionInForce } from './business-case/version-in-force.js';
export { readVersionInputs, type VersionInputs } from './business-case/version-inputs.js';
export {
  listBusinessCaseVersions,
  listInForceDecisions,
  type BusinessCaseVersionRecord,
  type InForceDecision,
} from './business-case/list-versions.js';
export {
  decideVersionInForce,
  InForceDecisionError,
  type NewInForceDecision,
} from './business-case/decide-in-force.js';
export {
  grantInstallationAdmin,
  isInstallationAdmin,
  LastInstallationAdminError,
  listInstallationAdmins,
  revokeInstallationAdmin,
  type InstallationAdmin,
} from './accounts/installation-admins.js';
export {
  comparisonStamps,
  isPublicProgramme,
  listComparisonPlaces,
  listPublicProgrammeIds,
  type ComparisonPlace,
} from './queries/comparison-places.js';
