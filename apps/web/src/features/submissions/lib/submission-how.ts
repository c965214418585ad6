import type { SubmissionSummary } from '@outcomes/contract';
import { formatBytes } from './format-bytes';

/** "police-q3.csv (2.1 KB)", "Entered in the form", "Programme pack (actuals.csv)". */
export function submissionHow(s: SubmissionSummary): string {
  if (s.source === 'form') return 'Entered in the form';
  if (s.source === 'pack') return `Programme pack${s.fileName ? ` (${s.fileName})` : ''}`;
  const size = s.fileSize === null ? '' : ` (${formatBytes(s.fileSize)})`;
  return `${s.fileName ?? 'Uploaded file'}${size}`;
}

/** Whose figures: the data officer's agency, any (an admin's upload), or all (the pack). */
export function submissionAgency(s: SubmissionSummary): string {
  if (s.partnerName !== null) return s.partnerName;
  return s.source === 'pack' ? 'All (the programme pack)' : 'Any (an admin)';
}
