// A programme's business-case versions and the decisions that put them in force, for the API.
import type { Kysely } from 'kysely';
import type { BusinessCaseInForceRow } from '../schema/business-case.js';
import type { Database } from '../schema/database.js';

export interface BusinessCaseVersionRecord {
  version: number;
  name: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface InForceDecision {
  id: number;
  version: number;
  effectiveFrom: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export function toInForceDecision(row: BusinessCaseInForceRow): InForceDecision {
  return {
    id: Number(row.id),
    version: Number(row.version),
    effectiveFrom: row.effective_from,
    reason: row.reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

export async function listBusinessCaseVersions(
  db: Kysely<Database>,
  programmeId: string,
): Promise<BusinessCaseVersionRecord[]> {
  const rows = await db
    .selectFrom('business_case_version')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    name: r.name,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

/** Every decision, oldest first (the order they take effect). */
export async function listInForceDecisions(
  db: Kysely<Database>,
  programmeId: string,
): Promise<InForceDecision[]> {
  const rows = await db
    .selectFrom('business_case_in_force')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('effective_from')
    .orderBy('id')
    .execute();
  return rows.map(toInForceDecision);
}
