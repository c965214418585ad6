import type { AuditEntry } from '@outcomes/contract';
import { toCsv } from '@outcomes/core';
import type { AuditLogRow } from '@outcomes/db';

function parseJson(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    programmeId: row.programme_id,
    at: row.at,
    actor: row.actor,
    actorUserId: row.actor_user_id ?? null,
    action: row.action,
    entity: row.entity ?? null,
    entityId: row.entity_id ?? null,
    before: parseJson(row.before),
    after: parseJson(row.after),
    detail: parseJson(row.detail),
  };
}

const CSV_COLUMNS = [
  'id',
  'at',
  'actor',
  'actor_user_id',
  'action',
  'entity',
  'entity_id',
  'before',
  'after',
  'detail',
] as const;

/**
 * The audit log as CSV, through the shared writer: entries hold text users typed, so a value a
 * spreadsheet would run as a formula is escaped (OWASP "CSV injection").
 */
export function toAuditCsv(rows: readonly AuditLogRow[]): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((row) => [
      row.id,
      row.at,
      row.actor,
      row.actor_user_id ?? null,
      row.action,
      row.entity ?? null,
      row.entity_id ?? null,
      row.before ?? null,
      row.after ?? null,
      row.detail,
    ]),
  );
}
