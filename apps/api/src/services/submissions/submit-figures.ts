// One submission from start to end: validate every row, look for implausible figures, and only
// then store it all in one transaction. Throws the API's refusals (422, 403, 409) having stored
// nothing.
import type { PlausibilityWarning, SubmissionResult } from '@outcomes/contract';
import type { IsoDate } from '@outcomes/core';
import {
  classifyRows,
  listCurrentActuals,
  listSpcRebases,
  recordSubmission,
  standingSpcRebases,
  type Db,
  type NewSubmissionFile,
} from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { auditActor } from '../../lib/authorise.js';
import { todayInLondon } from '../../lib/today.js';
import { labelOf, programmeNames, toSubmissionRow } from '../../mappers/submission.js';
import { requireProgrammeData } from '../programme-evaluation.js';
import { plausibilityWarnings } from './plausibility.js';
import type { RawTable } from './raw-table.js';
import type { Submitter } from './require-submitter.js';
import { invalidSubmission, othersMetrics } from './submission-errors.js';
import { validateSubmission } from './validate-submission.js';

export interface SubmitFiguresInput {
  programmeId: string;
  submitter: Submitter;
  source: 'upload' | 'form';
  table: RawTable;
  file?: NewSubmissionFile;
  /** The user has seen the plausibility warnings and accepts them. */
  confirm: boolean;
  /** Default: today in the UK. */
  today?: IsoDate;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function submitFigures(db: Db, input: SubmitFiguresInput): Promise<SubmissionResult> {
  const { programmeId, submitter } = input;
  const data = await requireProgrammeData(db, programmeId);
  const names = programmeNames(data);
  const today = input.today ?? todayInLondon();

  const validated = validateSubmission(input.table, {
    metrics: new Map(data.metrics.map((m) => [m.id, m])),
    partnerNames: new Map(data.partners.map((p) => [p.id, p.name])),
    partnerId: submitter.partnerId,
    today,
  });
  if (validated.errors.length > 0) {
    throw validated.forbidden
      ? othersMetrics(validated.errors)
      : invalidSubmission(validated.errors);
  }

  // What each row would do now; the transaction decides again, against the store as it is then.
  const preview = classifyRows(
    validated.rows,
    await listCurrentActuals(db, programmeId, {
      metricIds: validated.rows.map((r) => r.metricId),
    }),
  );
  const changing = validated.rows.filter((_, i) => preview[i]?.outcome !== 'unchanged');
  const warnings = plausibilityWarnings({
    data,
    today,
    rebases: standingSpcRebases(await listSpcRebases(db, programmeId)),
    rows: changing,
  });
  const counts = {
    rows: preview.length,
    created: preview.filter((r) => r.outcome === 'created').length,
    revised: preview.filter((r) => r.outcome === 'revised').length,
    unchanged: preview.filter((r) => r.outcome === 'unchanged').length,
  };
  if (warnings.length > 0 && !input.confirm) {
    throw new ApiError(
      409,
      'confirmation_required',
      `Nothing is stored yet: ${plural(warnings.length, 'figure')} may be wrong. Check ${warnings.length === 1 ? 'it' : 'them'}, then confirm or correct the file.`,
      { ...counts, warnings },
    );
  }

  const warningsOf = new Map<number, PlausibilityWarning[]>();
  for (const w of warnings) warningsOf.set(w.row, [...(warningsOf.get(w.row) ?? []), w]);
  const recorded = await recordSubmission(db, {
    programmeId,
    source: input.source,
    actor: auditActor(submitter.user),
    partnerId: submitter.partnerId,
    ...(input.file === undefined ? {} : { file: input.file }),
    rows: validated.rows.map((r) => ({
      ...r,
      warnings: (warningsOf.get(r.row) ?? []).map((w) => w.message),
    })),
  });
  // Only the warnings of rows that did change in the end are confirmed ones.
  const changedRows = new Set(
    recorded.outcomes.filter((o) => o.outcome !== 'unchanged').map((o) => o.row),
  );
  return {
    submissionId: recorded.submissionId,
    rows: recorded.rows,
    created: recorded.created,
    revised: recorded.revised,
    unchanged: recorded.unchanged,
    skipped: validated.skipped.map((s) => ({
      row: s.row,
      metricId: s.metricId,
      metricName: names.metricName(s.metricId),
      periodStart: s.periodStart,
      periodLabel: labelOf(names, s.metricId, s.periodStart),
    })),
    warnings: warnings.filter((w) => changedRows.has(w.row)),
    rowOutcomes: recorded.outcomes.map((o) => toSubmissionRow(o, names)),
  };
}
