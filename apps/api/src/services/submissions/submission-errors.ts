// The answers a submission can be refused with. Every one lists what was wrong in
// `error.details.errors`, so the web app shows them the same way whatever the status.
import { SUBMISSION_MAX_BYTES, type SubmissionError } from '@outcomes/contract';
import { ApiError } from '../../lib/api-error.js';
import { fileError } from './raw-table.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 422: the file or some rows are wrong; nothing was stored. */
export function invalidSubmission(errors: SubmissionError[]): ApiError {
  return new ApiError(
    422,
    'invalid_submission',
    `The figures were not stored: ${plural(errors.length, 'problem')} to put right. Nothing was changed.`,
    { errors },
  );
}

/** 403: some rows are figures another agency returns; nothing was stored. */
export function othersMetrics(errors: SubmissionError[]): ApiError {
  const others = errors.filter((e) => e.message.includes('not by your agency')).length;
  return new ApiError(
    403,
    'forbidden',
    `The figures were not stored: ${plural(others, 'row')} ${others === 1 ? 'is a figure' : 'are figures'} another agency returns. Nothing was changed.`,
    { errors },
  );
}

export function fileTooLarge(): ApiError {
  const mb = SUBMISSION_MAX_BYTES / (1024 * 1024);
  const message = `The file is larger than ${mb} MB: split it into smaller files (for example one per quarter). Nothing was changed.`;
  return new ApiError(413, 'payload_too_large', message, { errors: [fileError(message)] });
}
