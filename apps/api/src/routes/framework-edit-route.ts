// What every framework edit route shares (framework.ts, framework-business-case.ts,
// metric-retirement.ts): admins only, the edit made by editFramework (checked by the loader's
// validation, audited, raising the data version), the same answer naming the business-case
// version recorded, and the same route options and error answers.
import { errorResponseSchema, type FrameworkEditResult } from '@outcomes/contract';
import type { Db } from '@outcomes/db';
import { auditActor, requireRole } from '../lib/authorise.js';
import { editFramework, type FrameworkEdit } from '../services/programme-setup/edit-framework.js';
import { SMALL_BODY_LIMIT } from './auth.js';
import { errorResponses } from './schemas.js';

/** The error answers of a framework edit: a taken id or a refused change is a 409. */
export const frameworkEditErrors = { ...errorResponses, 409: errorResponseSchema };

/** A framework edit route's options: a small body by default, tagged and marked admin-only. */
export const frameworkEditOptions = <S extends object>(
  summary: string,
  schema: S,
  bodyLimit = SMALL_BODY_LIMIT,
) => ({
  bodyLimit,
  schema: { tags: ['framework'], summary: `${summary} (admin)`, ...schema },
});

/** Makes the edit as the request's admin and answers what changed and the version it recorded. */
export async function runFrameworkEdit(
  db: Db,
  request: Parameters<typeof requireRole>[0],
  programmeId: string,
  edit: FrameworkEdit,
): Promise<FrameworkEditResult> {
  const actor = requireRole(request, programmeId, ['admin']);
  const change = await editFramework(db, programmeId, edit, auditActor(actor));
  return {
    programmeId,
    entity: change.entity,
    entityId: change.entityId,
    businessCaseVersion: change.businessCaseVersion,
  };
}
