import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

export interface SubmissionFile {
  name: string;
  type: 'csv' | 'xlsx';
  content: Uint8Array;
  sha256: string | null;
}

/** The original file of an upload, exactly as it came; null when there is none. */
export async function getSubmissionFile(
  db: Kysely<Database>,
  programmeId: string,
  submissionId: number,
): Promise<SubmissionFile | null> {
  const row = await db
    .selectFrom('submission_file as f')
    .innerJoin('submission as s', (join) =>
      join.onRef('s.programme_id', '=', 'f.programme_id').onRef('s.id', '=', 'f.submission_id'),
    )
    .select(['f.content', 's.file_name', 's.file_type', 's.file_sha256'])
    .where('f.programme_id', '=', programmeId)
    .where('f.submission_id', '=', submissionId)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    name: row.file_name ?? `submission-${submissionId}.${row.file_type ?? 'csv'}`,
    type: row.file_type === 'xlsx' ? 'xlsx' : 'csv',
    content: row.content,
    sha256: row.file_sha256,
  };
}
