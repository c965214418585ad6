// Installation administrators: who may create programmes and give them their first admin, and
// who may read every programme. Granting and removing are audited with no programme (the role
// belongs to the installation), and the last one can never be removed, so an installation always
// has someone who can create programmes without the command line.
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { engineOf } from '../create-db.js';
import type { Database } from '../schema/database.js';

/** Refused: removing this administrator would leave the installation with none. */
export class LastInstallationAdminError extends Error {
  constructor(readonly email: string) {
    super(
      `${email} is the last installation administrator: make someone else one before removing them.`,
    );
    this.name = 'LastInstallationAdminError';
  }
}

export interface InstallationAdmin {
  userId: number;
  email: string;
  name: string;
  grantedAt: string;
}

export async function isInstallationAdmin(db: Kysely<Database>, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('installation_admin')
    .select('user_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listInstallationAdmins(db: Kysely<Database>): Promise<InstallationAdmin[]> {
  const rows = await db
    .selectFrom('installation_admin as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'u.email', 'u.name', 'a.granted_at'])
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    name: r.name,
    grantedAt: r.granted_at,
  }));
}

/**
 * Makes the user an installation administrator (audited); false, and nothing written, when they
 * already are one.
 */
export async function grantInstallationAdmin(
  db: Kysely<Database>,
  user: { id: number; email: string },
  actor: AuditActor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (await isInstallationAdmin(trx, user.id)) return false;
    const at = new Date().toISOString();
    await trx
      .insertInto('installation_admin')
      .values({ user_id: user.id, granted_at: at })
      .execute();
    await recordAudit(trx, {
      programmeId: null,
      actor,
      action: 'installation-admin-grant',
      entity: 'user',
      entityId: user.id,
      before: { installationAdmin: false },
      after: { installationAdmin: true },
      detail: { email: user.email },
      at,
    });
    return true;
  });
}

/**
 * Removes the role (audited); false when the user did not hold it. Throws
 * LastInstallationAdminError, changing nothing, when they are the last one. On PostgreSQL every
 * admin row is locked first, so two removals at once cannot each see the other still there and
 * leave none; SQLite runs one writer at a time, and the count is read after this one's delete.
 */
export async function revokeInstallationAdmin(
  db: Kysely<Database>,
  user: { id: number; email: string },
  actor: AuditActor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (engineOf(trx) === 'postgres') {
      await trx.selectFrom('installation_admin').select('user_id').forUpdate().execute();
    }
    const removed = await trx
      .deleteFrom('installation_admin')
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n) return false;
    const left = await trx
      .selectFrom('installation_admin')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    // Throwing rolls the delete back.
    if (Number(left.n) === 0) throw new LastInstallationAdminError(user.email);
    await recordAudit(trx, {
      programmeId: null,
      actor,
      action: 'installation-admin-remove',
      entity: 'user',
      entityId: user.id,
      before: { installationAdmin: true },
      after: { installationAdmin: false },
      detail: { email: user.email },
    });
    return true;
  });
}
