import type { AuditEntry } from '@outcomes/contract';
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
 * One CSV field (RFC 4180). A value a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * gets a leading apostrophe (OWASP "CSV injection"), since entries hold text users typed.
 */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toAuditCsv(rows: readonly AuditLogRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [
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
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
