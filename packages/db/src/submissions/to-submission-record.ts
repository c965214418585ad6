import type { SubmissionRow } from '../schema/submission.js';
import type { SubmissionRecord, SubmissionSource } from './submission-record.js';

export function toSubmissionRecord(row: SubmissionRow, hasFile: boolean): SubmissionRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    source: row.source as SubmissionSource,
    createdAt: row.created_at,
    submittedByUserId: row.submitted_by_user_id,
    submittedBy: row.submitted_by,
    partnerId: row.partner_id,
    fileName: row.file_name,
    fileType: row.file_type === 'csv' || row.file_type === 'xlsx' ? row.file_type : null,
    fileSize: row.file_size,
    fileSha256: row.file_sha256,
    hasFile,
    rows: row.row_count,
    created: row.created_count,
    revised: row.revised_count,
    unchanged: row.unchanged_count,
    warnings: row.warning_count,
  };
}
