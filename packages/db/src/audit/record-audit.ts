// The one way to write the audit log. Call it with the transaction that makes the change, so the
// change and its record are committed together or not at all.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

/** Who made a change: a signed-in user, or an operator's tool ('system', 'cli'). */
export interface AuditActor {
  /** The user's id; null for 'system' and 'cli'. */
  userId: number | null;
  /** The user's email, or 'system' / 'cli'. */
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };

export interface AuditRecord {
  /** The programme concerned; null for an account change that concerns none. */
  programmeId: string | null;
  actor: AuditActor;
  /** e.g. 'commentary', 'role-change'. */
  action: string;
  /** What was changed ('user', 'commentary', ...) and its id. */
  entity?: string | null;
  entityId?: string | number | null;
  /** The entity before the change (omit or null when it is new). Stored as JSON. */
  before?: unknown;
  /** The entity after the change (omit or null when it is gone). Stored as JSON. */
  after?: unknown;
  /** Anything else worth keeping (counts, the source file, ...). Stored as JSON. */
  detail?: unknown;
  /** ISO timestamp; default now. */
  at?: string;
}

const json = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

export async function recordAudit(db: Kysely<Database>, record: AuditRecord): Promise<number> {
  const { id } = await db
    .insertInto('audit_log')
    .values({
      programme_id: record.programmeId,
      at: record.at ?? new Date().toISOString(),
      actor: record.actor.label,
      actor_user_id: record.actor.userId,
      action: record.action,
      entity: record.entity ?? null,
      entity_id:
        record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
      before: json(record.before),
      after: json(record.after),
      detail: JSON.stringify(record.detail ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
