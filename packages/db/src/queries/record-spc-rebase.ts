import type { IsoDate } from '@outcomes/core';
import { claimProgrammeForWrite } from './claim-programme.js';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Database } from '../schema/database.js';
import type { Author } from './commentary-record.js';
import {
  toSpcRebaseRecord,
  type SpcRebaseAction,
  type SpcRebaseRecord,
} from './spc-rebase-record.js';

export interface NewSpcRebase {
  programmeId: string;
  metricId: string;
  periodStart: IsoDate;
  action: SpcRebaseAction;
  reason: string;
  author: Author;
  /** Who, for the audit log (a user's email), when not the author's name. */
  actor?: AuditActor;
  /** ISO timestamp; default now. */
  at?: string;
}

/**
 * A rebase where one already stands, or a withdrawal where none does: the request makes no sense
 * against the current state, so nothing is written.
 */
export class SpcRebaseStateError extends Error {
  constructor(
    readonly action: SpcRebaseAction,
    readonly periodStart: IsoDate,
  ) {
    super(
      action === 'rebase'
        ? `A rebase is already recorded at ${periodStart}; withdraw it first to record a new one.`
        : `No rebase is recorded at ${periodStart}, so there is none to withdraw.`,
    );
    this.name = 'SpcRebaseStateError';
  }
}

async function write(trx: Kysely<Database>, input: NewSpcRebase): Promise<SpcRebaseRecord> {
  await claimProgrammeForWrite(trx, input.programmeId);
  const previous = await trx
    .selectFrom('spc_rebase')
    .select('action')
    .where('programme_id', '=', input.programmeId)
    .where('metric_id', '=', input.metricId)
    .where('period_start', '=', input.periodStart)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const standing = previous?.action === 'rebase';
  if (standing === (input.action === 'rebase')) {
    throw new SpcRebaseStateError(input.action, input.periodStart);
  }
  const at = input.at ?? new Date().toISOString();
  const row = await trx
    .insertInto('spc_rebase')
    .values({
      programme_id: input.programmeId,
      metric_id: input.metricId,
      period_start: input.periodStart,
      action: input.action,
      reason: input.reason,
      author_user_id: input.author.userId,
      author_name: input.author.name,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const record = toSpcRebaseRecord(row);
  await recordAudit(trx, {
    programmeId: input.programmeId,
    actor: input.actor ?? { userId: input.author.userId, label: input.author.name },
    action: input.action === 'rebase' ? 'spc-rebase' : 'spc-rebase-withdraw',
    entity: 'spc-rebase',
    entityId: record.id,
    after: record,
    at,
  });
  return record;
}

/** Appends a rebase or a withdrawal and its audit-log entry in one transaction. */
export async function recordSpcRebase(
  db: Kysely<Database>,
  input: NewSpcRebase,
): Promise<SpcRebaseRecord> {
  return db.isTransaction ? write(db, input) : db.transaction().execute((trx) => write(trx, input));
}
