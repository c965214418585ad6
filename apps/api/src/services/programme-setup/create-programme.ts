// Creating a programme in the product: its settings, checked by the pack loader's validation as
// a pack with no partners, strands or metrics yet, then stored by the loader's savePack (audited
// as 'programme-create'). Its admins fill in the framework afterwards, in forms or by importing
// the business-case workbook.
import type { CreateProgrammeBody } from '@outcomes/contract';
import {
  EMPTY_PACK_TABLES,
  ProgrammeExistsError,
  savePack,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { checkPack } from './check-pack.js';
import { invalidForm } from './field-problems.js';
import { settingsJson } from './settings-json.js';

export async function createProgramme(
  db: Db,
  body: CreateProgrammeBody,
  actor: AuditActor,
): Promise<{ id: string; name: string }> {
  const id = body.id.trim();
  const { value, problems } = settingsJson(id, body, null);
  const checked = checkPack(value, EMPTY_PACK_TABLES);
  if (!checked.ok || problems.length > 0) {
    throw invalidForm(checked.ok ? [] : checked.errors, {}, problems);
  }
  try {
    await savePack(db, checked.pack, {
      actor: actor.label,
      actorUserId: actor.userId,
      source: 'created in the product',
      auditAction: 'programme-create',
      auditDetail: { settings: value },
    });
  } catch (error) {
    if (error instanceof ProgrammeExistsError) {
      throw new ApiError(409, 'conflict', `There is already a programme with the id "${id}".`, [
        { field: 'id', message: `"${id}" is taken: choose another id` },
      ]);
    }
    throw error;
  }
  return { id, name: checked.pack.programme.name };
}
