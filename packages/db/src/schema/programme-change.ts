import type { Generated } from 'kysely';

/**
 * One data-version step of a programme known to change nothing but returned figures: a
 * submission (whose revisions are the figures changed) or a write claim (a step that changes
 * nothing by itself). Written by the submission trigger and claimProgrammeForWrite; a step with
 * no row may have changed anything (migration 2026-12-07T0100-programme-change).
 */
export interface ProgrammeChangeTable {
  id: Generated<number>;
  programme_id: string;
  /** The programme's data version after the step (a string on PostgreSQL: it is a bigint). */
  data_version: number | string;
  /** The submission the step recorded; null for a write claim. */
  submission_id: number | null;
}
