// The public surface of @outcomes/db.
export { createDb, type Db } from './create-db.js';
export { migrateToLatest } from './migrate.js';
export { migrations } from './migrations/index.js';
export type * from './schema/database.js';

export { readPack, type ReadPackResult } from './pack/read-pack.js';
export { loadPack, type LoadPackOptions } from './pack/load-pack.js';
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
export { getProgrammeData, type GetProgrammeDataOptions } from './queries/get-programme-data.js';
export {
  listCurrentActuals,
  type CurrentActual,
  type ListCurrentActualsOptions,
} from './queries/list-current-actuals.js';
export { listProgrammes } from './queries/list-programmes.js';
export { programmeExists } from './queries/programme-exists.js';
export type { ProgrammeSummary } from './queries/to-domain.js';
