// Submissions, their rows and revisions as the API returns them: metric names and period labels
// beside the ids, the submitter as a person reads it.
import type { ActualRevision, SubmissionRow, SubmissionSummary } from '@outcomes/contract';
import { periodLabel, type Frequency, type ProgrammeData } from '@outcomes/core';
import type { ActualRevisionRecord, SubmissionRecord, SubmissionRowRecord } from '@outcomes/db';

/** What the mappers need to know about the programme. */
export interface ProgrammeNames {
  metricName: (metricId: string) => string;
  frequencyOf: (metricId: string) => Frequency | undefined;
  partnerName: (partnerId: string) => string;
}

export function programmeNames(data: ProgrammeData): ProgrammeNames {
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const partners = new Map(data.partners.map((p) => [p.id, p.name]));
  return {
    metricName: (id) => metrics.get(id)?.name ?? id,
    frequencyOf: (id) => metrics.get(id)?.frequency,
    partnerName: (id) => partners.get(id) ?? id,
  };
}

/** 'Q1 2013-14' for a known metric; the bare date for one a later pack removed. */
export function labelOf(names: ProgrammeNames, metricId: string, periodStart: string): string {
  const frequency = names.frequencyOf(metricId);
  if (frequency === undefined) return periodStart;
  try {
    return periodLabel(periodStart, frequency);
  } catch {
    return periodStart;
  }
}

const submitter = (userId: number | null, label: string | null, source: string) => ({
  userId,
  label: label ?? (source === 'pack' ? 'Programme pack' : 'unknown'),
});

export function toSubmissionSummary(
  record: SubmissionRecord,
  names: ProgrammeNames,
): SubmissionSummary {
  return {
    id: record.id,
    source: record.source,
    createdAt: record.createdAt,
    submittedBy: submitter(record.submittedByUserId, record.submittedBy, record.source),
    partnerId: record.partnerId,
    partnerName: record.partnerId === null ? null : names.partnerName(record.partnerId),
    fileName: record.fileName,
    fileType: record.fileType,
    fileSize: record.fileSize,
    fileSha256: record.fileSha256,
    hasFile: record.hasFile,
    rows: record.rows,
    created: record.created,
    revised: record.revised,
    unchanged: record.unchanged,
    warnings: record.warnings,
  };
}

export function toSubmissionRow(row: SubmissionRowRecord, names: ProgrammeNames): SubmissionRow {
  return {
    row: row.row,
    metricId: row.metricId,
    metricName: names.metricName(row.metricId),
    periodStart: row.periodStart,
    periodLabel: labelOf(names, row.metricId, row.periodStart),
    value: row.value,
    note: row.note,
    outcome: row.outcome,
    revision: row.revision,
    previousValue: row.previousValue,
    warnings: row.warnings,
  };
}

export function toActualRevisions(records: readonly ActualRevisionRecord[]): ActualRevision[] {
  return records.map((r, index) => ({
    revision: r.revision,
    value: r.value,
    note: r.note,
    recordedAt: r.recordedAt,
    submissionId: r.submissionId,
    source: r.source,
    fileName: r.fileName,
    submittedBy: submitter(r.submittedByUserId, r.submittedBy, r.source),
    current: index === records.length - 1,
  }));
}
