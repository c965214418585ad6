import type { IsoDate } from '@outcomes/core';
import type { SpcRebaseRow } from '../schema/spc-rebase.js';
import type { Author } from './commentary-record.js';

/** 'rebase' starts new limits at the period; 'withdraw' takes back the rebase recorded there. */
export type SpcRebaseAction = 'rebase' | 'withdraw';

export interface SpcRebaseRecord {
  id: number;
  programmeId: string;
  metricId: string;
  periodStart: IsoDate;
  action: SpcRebaseAction;
  reason: string;
  author: Author;
  /** ISO timestamp. */
  createdAt: string;
}

export function toSpcRebaseRecord(row: SpcRebaseRow): SpcRebaseRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    metricId: row.metric_id,
    periodStart: row.period_start,
    action: row.action === 'withdraw' ? 'withdraw' : 'rebase',
    reason: row.reason,
    author: { userId: row.author_user_id, name: row.author_name },
    createdAt: row.created_at,
  };
}
