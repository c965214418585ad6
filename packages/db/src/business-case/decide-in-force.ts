// An admin's decision that a business-case version is in force from a date. Decisions are
// append-only and each must take effect later than the latest, so the history of what was in
// force when can never be rewritten; the data version bumps (a trigger), so cached answers go.
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { claimProgrammeForWrite } from '../queries/claim-programme.js';
import type { Database } from '../schema/database.js';
import { toInForceDecision, type InForceDecision } from './list-versions.js';

export interface NewInForceDecision {
  programmeId: string;
  version: number;
  /** ISO date: the first day the version is in force. */
  effectiveFrom: string;
  reason: string;
  actor: AuditActor;
  /** ISO timestamp; default now. */
  at?: string;
}

/** The decision cannot be recorded; nothing was written. `field` names the input at fault. */
export class InForceDecisionError extends Error {
  constructor(
    readonly field: 'version' | 'effectiveFrom' | 'reason',
    message: string,
  ) {
    super(message);
    this.name = 'InForceDecisionError';
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE_ONLY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

async function write(trx: Kysely<Database>, input: NewInForceDecision): Promise<InForceDecision> {
  const { programmeId } = input;
  // Serialises decisions on one programme, so "later than the latest" holds under concurrency.
  await claimProgrammeForWrite(trx, programmeId);
  const reason = input.reason.trim();
  if (reason.length === 0) {
    throw new InForceDecisionError('reason', 'Enter the reason this version is in force');
  }
  if (!isRealDate(input.effectiveFrom)) {
    throw new InForceDecisionError(
      'effectiveFrom',
      `"${input.effectiveFrom}" is not a real date (YYYY-MM-DD)`,
    );
  }
  const version = await trx
    .selectFrom('business_case_version')
    .select(['version', 'name'])
    .where('programme_id', '=', programmeId)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (version === undefined) {
    throw new InForceDecisionError(
      'version',
      `Programme "${programmeId}" has no business case version ${input.version}`,
    );
  }
  const latest = await trx
    .selectFrom('business_case_in_force')
    .select(['effective_from', 'version'])
    .where('programme_id', '=', programmeId)
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest !== undefined && input.effectiveFrom <= latest.effective_from) {
    throw new InForceDecisionError(
      'effectiveFrom',
      `The date must be after ${latest.effective_from}, when version ${latest.version} came into force: a decision never rewrites an earlier one`,
    );
  }
  const at = input.at ?? new Date().toISOString();
  const row = await trx
    .insertInto('business_case_in_force')
    .values({
      programme_id: programmeId,
      version: input.version,
      effective_from: input.effectiveFrom,
      reason,
      decided_by: input.actor.label,
      decided_by_user_id: input.actor.userId,
      decided_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const decision = toInForceDecision(row);
  await recordAudit(trx, {
    programmeId,
    actor: input.actor,
    action: 'business-case-in-force',
    entity: 'business-case-version',
    entityId: input.version,
    after: decision,
    at,
  });
  return decision;
}

/** Appends the decision and its audit entry in one transaction; InForceDecisionError if invalid. */
export async function decideVersionInForce(
  db: Kysely<Database>,
  input: NewInForceDecision,
): Promise<InForceDecision> {
  return db.isTransaction ? write(db, input) : db.transaction().execute((trx) => write(trx, input));
}
