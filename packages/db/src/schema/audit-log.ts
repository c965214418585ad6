import type { Generated, Insertable, Selectable } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  programme_id: string;
  /** ISO timestamp. */
  at: string;
  actor: string;
  /** e.g. 'pack-load'. */
  action: string;
  /** JSON text. */
  detail: string;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
