import type { IsoDate } from '@outcomes/core';
import { claimProgrammeForWrite } from './claim-programme.js';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Database } from '../schema/database.js';
import { toCommentaryRecord, type Author, type CommentaryRecord } from './commentary-record.js';

export interface NewCommentary {
  programmeId: string;
  metricId: string;
  periodStart: IsoDate;
  whatHappened: string;
  whatHelps: string | null;
  whatHurts: string | null;
  whatNext: string | null;
  author: Author;
  /** Who, for the audit log (a user's email), when not the author's name. */
  actor?: AuditActor;
  /**
   * The revision the writer saw and means to replace (0: none yet). When given and another
   * revision has been saved since, nothing is written: CommentaryConflictError.
   */
  replacesRevision?: number;
  /**
   * The writer marks this revision for the programme's public page (default false). A later
   * revision without the mark takes the story off the page again.
   */
  public?: boolean;
  /** ISO timestamp; default now. */
  at?: string;
}

/** Someone saved a newer revision since the writer read the commentary. */
export class CommentaryConflictError extends Error {
  constructor(
    readonly expected: number,
    readonly current: number,
  ) {
    super(
      `The commentary has changed since you read it: revision ${current} is now current, not ${expected}.`,
    );
    this.name = 'CommentaryConflictError';
  }
}

async function write(trx: Kysely<Database>, input: NewCommentary): Promise<CommentaryRecord> {
  await claimProgrammeForWrite(trx, input.programmeId);
  const previousRow = await trx
    .selectFrom('commentary')
    .selectAll()
    .where('programme_id', '=', input.programmeId)
    .where('metric_id', '=', input.metricId)
    .where('period_start', '=', input.periodStart)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  const previous = previousRow === undefined ? null : toCommentaryRecord(previousRow);
  const current = previous?.revision ?? 0;
  if (input.replacesRevision !== undefined && input.replacesRevision !== current) {
    throw new CommentaryConflictError(input.replacesRevision, current);
  }
  const at = input.at ?? new Date().toISOString();
  const row = await trx
    .insertInto('commentary')
    .values({
      programme_id: input.programmeId,
      metric_id: input.metricId,
      period_start: input.periodStart,
      revision: current + 1,
      what_happened: input.whatHappened,
      what_helps: input.whatHelps,
      what_hurts: input.whatHurts,
      what_next: input.whatNext,
      author_user_id: input.author.userId,
      author_name: input.author.name,
      created_at: at,
      public: input.public === true ? 1 : 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const record = toCommentaryRecord(row);
  await recordAudit(trx, {
    programmeId: input.programmeId,
    actor: input.actor ?? { userId: input.author.userId, label: input.author.name },
    action: 'commentary',
    entity: 'commentary',
    entityId: record.id,
    before: previous,
    after: record,
    at,
  });
  return record;
}

/**
 * Appends a commentary revision (the next number for its metric and period) and its audit-log
 * entry in one transaction. Earlier revisions are never changed.
 */
export async function recordCommentary(
  db: Kysely<Database>,
  input: NewCommentary,
): Promise<CommentaryRecord> {
  return db.isTransaction ? write(db, input) : db.transaction().execute((trx) => write(trx, input));
}
