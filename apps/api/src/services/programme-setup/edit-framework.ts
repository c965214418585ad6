// Editing a programme's framework in a form. The edit is made to the stored programme read back
// as a pack, the whole pack is checked by the loader's validation (checkPack) and saved by the
// loader's savePack, all in one transaction that first claims the programme (so two edits queue
// rather than one losing the other, and the data version goes up). Returned figures and their
// revisions are kept exactly as they are (keepReturnedFigures): an edit never touches them.
import {
  claimProgrammeForWrite,
  programmeJsonValue,
  readStoredPack,
  savePack,
  type AuditActor,
  type Db,
  type Pack,
} from '@outcomes/db';
import { ApiError, notFound } from '../../lib/api-error.js';
import { checkPack } from './check-pack.js';
import { invalidForm, type FieldProblem } from './field-problems.js';

/** What an edit changes, as the audit log names it. */
export interface FrameworkChange {
  /** 'strand', 'partner', 'programme', ... */
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface FrameworkEdit {
  /** The audit action, e.g. 'strand-edit'. */
  action: string;
  /**
   * Changes `pack` (a copy of the stored programme) in place and says what changed; throws an
   * ApiError (404 for an unknown id, 400 naming a field) to refuse. May return programme.json's
   * new value, unvalidated, when the settings themselves change, and problems the form found
   * before the loader looks (named fields).
   */
  apply: (pack: Pack) => FrameworkChange & {
    programmeJson?: Record<string, unknown>;
    problems?: readonly FieldProblem[];
  };
  /** The CSV columns the form edits, by the form's field names (for messages). */
  columns?: Readonly<Record<string, string>>;
  /**
   * The name and reason an admin gave the business-case version the edit makes (the forecast
   * form's); without it the version is named by date and noted as a form's change.
   */
  version?: { name: string; reason: string };
}

export async function editFramework(
  db: Db,
  programmeId: string,
  edit: FrameworkEdit,
  actor: AuditActor,
): Promise<FrameworkChange & { businessCaseVersion: number | null }> {
  return db.transaction().execute(async (trx) => {
    if (!(await claimProgrammeForWrite(trx, programmeId))) {
      throw notFound('programme', programmeId);
    }
    const stored = await readStoredPack(trx, programmeId);
    if (stored === null) throw notFound('programme', programmeId);
    const pack = structuredClone(stored);
    const { programmeJson, problems = [], ...change } = edit.apply(pack);
    const checked = checkPack(programmeJson ?? programmeJsonValue(pack.programme), pack);
    if (!checked.ok || problems.length > 0) {
      throw invalidForm(checked.ok ? [] : checked.errors, edit.columns, problems);
    }
    if (checked.pack.programme.id !== programmeId) {
      throw new ApiError(400, 'bad_request', "A programme's id cannot be changed.");
    }
    const provenance = `Changed in a form (${edit.action}: ${change.entity} ${change.entityId}).`;
    const saved = await savePack(trx, checked.pack, {
      replace: true,
      keepReturnedFigures: true,
      actor: actor.label,
      actorUserId: actor.userId,
      source: 'a form in the product',
      auditAction: edit.action,
      // A change to forecasts, costs or unit costs becomes a new business-case version (not in
      // force until an admin decides, so no judgement changes silently); say where it came from.
      versionNote: edit.version === undefined ? provenance : `${edit.version.reason} ${provenance}`,
      ...(edit.version === undefined ? {} : { versionName: edit.version.name }),
      auditDetail: {
        entity: change.entity,
        entityId: change.entityId,
        before: change.before,
        after: change.after,
      },
    });
    return { ...change, businessCaseVersion: saved.businessCaseVersion };
  });
}
