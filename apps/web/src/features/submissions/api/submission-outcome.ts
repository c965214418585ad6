// What the API answers a submission with, whichever way it was made (file or form): stored, or
// refused with every problem, or held back for the user to confirm figures that may be wrong.
import type {
  PlausibilityWarning,
  SubmissionCounts,
  SubmissionError,
  SubmissionResult,
} from '@outcomes/contract';

export type SubmissionOutcome =
  | { kind: 'stored'; result: SubmissionResult }
  | { kind: 'refused'; status: number; message: string; errors: SubmissionError[] }
  | {
      kind: 'confirm';
      message: string;
      warnings: PlausibilityWarning[];
      counts: SubmissionCounts;
    };

interface ErrorBody {
  error?: { code?: string; message?: string; details?: Record<string, unknown> };
}

/** Reads an answer's status and JSON body (null when it is not JSON) into an outcome. */
export function toOutcome(status: number, body: unknown): SubmissionOutcome {
  if (status === 201 && body !== null && typeof body === 'object') {
    return { kind: 'stored', result: body as SubmissionResult };
  }
  const error = (body as ErrorBody | null)?.error;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : `The service returned an error (HTTP ${status}). Nothing was stored.`;
  const details = error?.details ?? {};
  if (status === 409 && Array.isArray(details['warnings'])) {
    return {
      kind: 'confirm',
      message,
      warnings: details['warnings'] as PlausibilityWarning[],
      counts: {
        rows: Number(details['rows'] ?? 0),
        created: Number(details['created'] ?? 0),
        revised: Number(details['revised'] ?? 0),
        unchanged: Number(details['unchanged'] ?? 0),
      },
    };
  }
  const errors = Array.isArray(details['errors']) ? (details['errors'] as SubmissionError[]) : [];
  return { kind: 'refused', status, message, errors };
}

export function networkRefusal(): SubmissionOutcome {
  return {
    kind: 'refused',
    status: 0,
    message:
      'The service could not be reached, so nothing was stored. Check your connection and try again.',
    errors: [],
  };
}
