import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * Append-only record of every change: who, when, what, before and after. Triggers refuse UPDATE
 * and DELETE; write entries in the same transaction as the change they record.
 */
export interface AuditLogTable {
  id: Generated<number>;
  /** Null for an account change that concerns no programme. */
  programme_id: string | null;
  /** ISO timestamp. */
  at: string;
  /** Who, as a person reads it: the user's email, or 'system' / 'cli'. */
  actor: string;
  /** The acting user's id; null for 'system' and 'cli'. */
  actor_user_id?: number | null;
  /** e.g. 'pack-load', 'commentary', 'role-change'. */
  action: string;
  /** What was changed: 'user', 'commentary', ... */
  entity?: string | null;
  entity_id?: string | null;
  /** JSON text: the entity before the change (null when created). */
  before?: string | null;
  /** JSON text: the entity after the change (null when removed). */
  after?: string | null;
  /** JSON text. */
  detail: string;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
