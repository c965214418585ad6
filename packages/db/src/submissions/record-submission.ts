// Stores one submission in one transaction: the submission, its original file, every row it
// brought, a new revision for each figure that is new or changed, and the audit log entries for
// all of them. Any failure rolls everything back, so the store holds all of a file or none of it.
import { createHash } from 'node:crypto';
import { claimProgrammeForWrite } from '../queries/claim-programme.js';
import type { IsoDate } from '@outcomes/core';
import type { Kysely, Transaction } from 'kysely';
import type { AuditActor } from '../audit/record-audit.js';
import { listCurrentActuals, type CurrentActual } from '../queries/list-current-actuals.js';
import type { Database } from '../schema/database.js';
import type { RowOutcome, SubmissionRowRecord } from './submission-record.js';

export interface NewSubmissionRow {
  /** As the user saw it: the spreadsheet row (header = 1) or the form entry's position. */
  row: number;
  metricId: string;
  periodStart: IsoDate;
  /** ≥ 0. */
  value: number;
  note: string | null;
  /** Plausibility warnings the user saw and confirmed for this row. */
  warnings?: readonly string[];
}

export interface NewSubmissionFile {
  name: string;
  type: 'csv' | 'xlsx';
  content: Uint8Array;
}

export interface NewSubmission {
  programmeId: string;
  source: 'upload' | 'form';
  actor: AuditActor;
  /** The partner whose figures these are; null when an admin returns several partners' figures. */
  partnerId: string | null;
  /** The uploaded file, kept as it came; absent for figures entered in a form. */
  file?: NewSubmissionFile;
  /** Already validated: known metrics, valid ended periods, one row per metric and period. */
  rows: readonly NewSubmissionRow[];
  /** ISO timestamp of the submission and its revisions; default now. */
  at?: string;
}

export interface RecordedSubmission {
  submissionId: number;
  rows: number;
  created: number;
  revised: number;
  unchanged: number;
  outcomes: SubmissionRowRecord[];
}

// Bound parameters per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMETERS = 8000;

async function insertInBatches<R extends object>(
  rows: readonly R[],
  insert: (batch: R[]) => Promise<unknown>,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  for (let done = 0; done < rows.length; done += size) {
    await insert(rows.slice(done, done + size));
  }
}

const key = (metricId: string, periodStart: string): string => `${metricId}\u0000${periodStart}`;

/** What each row will do, compared with the figures as they stand now. */
export function classifyRows(
  rows: readonly NewSubmissionRow[],
  current: readonly CurrentActual[],
): SubmissionRowRecord[] {
  const currentOf = new Map(current.map((a) => [key(a.metricId, a.periodStart), a]));
  return rows.map((r) => {
    const existing = currentOf.get(key(r.metricId, r.periodStart));
    const outcome: RowOutcome =
      existing === undefined ? 'created' : existing.value === r.value ? 'unchanged' : 'revised';
    return {
      row: r.row,
      metricId: r.metricId,
      periodStart: r.periodStart,
      value: r.value,
      note: r.note,
      outcome,
      revision:
        existing === undefined
          ? 1
          : outcome === 'unchanged'
            ? existing.revision
            : existing.revision + 1,
      previousValue: existing?.value ?? null,
      warnings: [...(r.warnings ?? [])],
    };
  });
}

async function write(
  trx: Transaction<Database>,
  input: NewSubmission,
): Promise<RecordedSubmission> {
  const { programmeId, actor } = input;
  // Queues concurrent submissions to this programme, so each numbers its revisions after the last.
  await claimProgrammeForWrite(trx, programmeId);
  // Taken once this submission's turn has come, so times follow the order revisions are numbered.
  const at = input.at ?? new Date().toISOString();
  const current = await listCurrentActuals(trx, programmeId, {
    metricIds: input.rows.map((r) => r.metricId),
  });
  const currentOf = new Map(current.map((a) => [key(a.metricId, a.periodStart), a]));
  const outcomes = classifyRows(input.rows, current);
  const count = (o: RowOutcome) => outcomes.filter((r) => r.outcome === o).length;
  const created = count('created');
  const revised = count('revised');
  const unchanged = count('unchanged');
  const warningCount = outcomes.reduce((n, r) => n + r.warnings.length, 0);
  const file = input.file;
  const sha256 = file ? createHash('sha256').update(file.content).digest('hex') : null;

  const { id: submissionId } = await trx
    .insertInto('submission')
    .values({
      programme_id: programmeId,
      source: input.source,
      file_name: file?.name ?? null,
      user_id: actor.userId === null ? null : String(actor.userId),
      created_at: at,
      row_count: outcomes.length,
      submitted_by_user_id: actor.userId,
      submitted_by: actor.label,
      partner_id: input.partnerId,
      file_type: file?.type ?? null,
      file_size: file?.content.byteLength ?? null,
      file_sha256: sha256,
      created_count: created,
      revised_count: revised,
      unchanged_count: unchanged,
      warning_count: warningCount,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  if (file) {
    await trx
      .insertInto('submission_file')
      .values({ submission_id: submissionId, programme_id: programmeId, content: file.content })
      .execute();
  }

  await insertInBatches(
    outcomes.map((r) => ({
      programme_id: programmeId,
      submission_id: submissionId,
      row_number: r.row,
      metric_id: r.metricId,
      period_start: r.periodStart,
      value: r.value,
      note: r.note,
      outcome: r.outcome,
      revision: r.revision,
      previous_value: r.previousValue,
      warnings: r.warnings.length === 0 ? null : JSON.stringify(r.warnings),
    })),
    (batch) => trx.insertInto('submission_row').values(batch).execute(),
  );

  const changed = outcomes.filter((r) => r.outcome !== 'unchanged');
  await insertInBatches(
    changed.map((r) => ({
      programme_id: programmeId,
      metric_id: r.metricId,
      period_start: r.periodStart,
      value: r.value,
      note: r.note,
      submission_id: submissionId,
      revision: r.revision,
      recorded_at: at,
    })),
    (batch) => trx.insertInto('actual_revision').values(batch).execute(),
  );

  const summary = {
    source: input.source,
    partnerId: input.partnerId,
    fileName: file?.name ?? null,
    fileType: file?.type ?? null,
    fileSize: file?.content.byteLength ?? null,
    fileSha256: sha256,
    rows: outcomes.length,
    created,
    revised,
    unchanged,
    warnings: warningCount,
  };
  // The audit log: one entry for the submission and one for each revision it wrote, in batches
  // (recordAudit writes one at a time, too slow for a file of thousands of rows).
  const auditRows = [
    {
      programme_id: programmeId,
      at,
      actor: actor.label,
      actor_user_id: actor.userId,
      action: 'submission',
      entity: 'submission',
      entity_id: String(submissionId),
      before: null,
      after: JSON.stringify({ id: submissionId, ...summary }),
      detail: JSON.stringify({}),
    },
    ...changed.map((r) => {
      const before = currentOf.get(key(r.metricId, r.periodStart));
      return {
        programme_id: programmeId,
        at,
        actor: actor.label,
        actor_user_id: actor.userId,
        action: 'actual-revision',
        entity: 'actual',
        entity_id: `${r.metricId}/${r.periodStart}`,
        before:
          before === undefined
            ? null
            : JSON.stringify({
                revision: before.revision,
                value: before.value,
                note: before.note,
                submissionId: before.submissionId,
              }),
        after: JSON.stringify({
          revision: r.revision,
          value: r.value,
          note: r.note,
          submissionId,
        }),
        detail: JSON.stringify({
          row: r.row,
          ...(r.warnings.length === 0 ? {} : { confirmedWarnings: r.warnings }),
        }),
      };
    }),
  ];
  await insertInBatches(auditRows, (batch) => trx.insertInto('audit_log').values(batch).execute());

  return { submissionId, rows: outcomes.length, created, revised, unchanged, outcomes };
}

/**
 * Stores a validated submission in one transaction and says what each row did: a figure with no
 * value yet is created (revision 1); a different value is the next revision; the same value is
 * unchanged and writes no revision (its row, with its note, is still kept with the submission).
 * Revisions are compared with the figures as they stand inside the transaction, so two
 * submissions at once cannot both write the same revision number.
 */
export async function recordSubmission(
  db: Kysely<Database>,
  input: NewSubmission,
): Promise<RecordedSubmission> {
  return db.isTransaction
    ? write(db as Transaction<Database>, input)
    : db.transaction().execute((trx) => write(trx, input));
}
