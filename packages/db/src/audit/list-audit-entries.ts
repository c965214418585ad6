// Reads of the audit log, newest first, with optional filters.
import type { Kysely } from 'kysely';
import type { AuditLogRow } from '../schema/audit-log.js';
import type { Database } from '../schema/database.js';

export interface AuditFilters {
  programmeId: string;
  action?: string | undefined;
  /** The actor's label (email, 'system', 'cli'), matched exactly, case-insensitively. */
  actor?: string | undefined;
  /** Inclusive dates (YYYY-MM-DD), compared with the entry's UTC timestamp. */
  from?: string | undefined;
  to?: string | undefined;
}

function filtered(db: Kysely<Database>, f: AuditFilters) {
  let query = db.selectFrom('audit_log').where('programme_id', '=', f.programmeId);
  if (f.action !== undefined) query = query.where('action', '=', f.action);
  if (f.actor !== undefined) query = query.where('actor', '=', f.actor.toLowerCase());
  if (f.from !== undefined) query = query.where('at', '>=', f.from);
  // Every timestamp on the `to` day sorts before the next character after the date.
  if (f.to !== undefined) query = query.where('at', '<', `${f.to}~`);
  return query;
}

export async function listAuditEntries(
  db: Kysely<Database>,
  filters: AuditFilters,
  page: { limit: number; offset: number } = { limit: 100, offset: 0 },
): Promise<{ entries: AuditLogRow[]; total: number }> {
  const entries = await filtered(db, filters)
    .selectAll()
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const { n } = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { entries, total: Number(n) };
}

/** The distinct actions recorded for a programme, for a filter list. */
export async function listAuditActions(
  db: Kysely<Database>,
  programmeId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .distinct()
    .where('programme_id', '=', programmeId)
    .orderBy('action')
    .execute();
  return rows.map((r) => r.action);
}
