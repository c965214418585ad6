// Which business-case version a programme is judged against on a date. The latest decision whose
// effective date has come by then counts, but only if it had been made by then: a decision
// recorded later (even one back-dated) never changes how an earlier date replays, so "as of" a
// past board meeting gives exactly the figures the board saw. With no decision: version 1.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

export interface VersionInForce {
  version: number;
  name: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today as versionInForce counts it with no as-of date (UTC): a cache of what it answers must be
 * keyed by this day, as the version in force can change when it turns.
 */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The version in force at `asOf` (an ISO date: effective that day, decided by the end of it,
 * UTC); omitted: effective today and every decision made so far. Null when the programme has no
 * versions (a programme written by something other than the loader), so its live rows stand.
 */
export async function versionInForce(
  db: Kysely<Database>,
  programmeId: string,
  asOf?: string,
): Promise<VersionInForce | null> {
  const day = asOf ?? utcToday();
  if (!DATE_ONLY.test(day)) throw new Error(`"${day}" is not an ISO date (YYYY-MM-DD)`);
  let decision = db
    .selectFrom('business_case_in_force')
    .select('version')
    .where('programme_id', '=', programmeId)
    .where('effective_from', '<=', day);
  if (asOf !== undefined) decision = decision.where('decided_at', '<=', `${day}T23:59:59.999Z`);
  const decided = await decision
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let query = db
    .selectFrom('business_case_version')
    .select(['version', 'name'])
    .where('programme_id', '=', programmeId);
  query =
    decided === undefined
      ? query.orderBy('version').limit(1)
      : query.where('version', '=', decided.version);
  const row = await query.executeTakeFirst();
  return row === undefined ? null : { version: Number(row.version), name: row.name };
}

/** A version by its number; throws when the programme has no such version. */
export async function versionByNumber(
  db: Kysely<Database>,
  programmeId: string,
  version: number,
): Promise<VersionInForce> {
  const row = await db
    .selectFrom('business_case_version')
    .select(['version', 'name'])
    .where('programme_id', '=', programmeId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (row === undefined) {
    throw new Error(`Programme "${programmeId}" has no business case version ${version}`);
  }
  return { version: Number(row.version), name: row.name };
}
