// Figures entered in the form: the same checks and answers as an upload.
import type { SubmissionEntriesBody } from '@outcomes/contract';
import { apiUrl } from '../../../lib/api-client';
import { networkRefusal, toOutcome, type SubmissionOutcome } from './submission-outcome';

export async function submitEntries(
  programmeId: string,
  body: SubmissionEntriesBody,
  csrfToken: string | null,
): Promise<SubmissionOutcome> {
  let response: Response;
  try {
    response = await fetch(
      apiUrl(`/programmes/${encodeURIComponent(programmeId)}/submissions/entries`),
      {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
        },
        body: JSON.stringify(body),
      },
    );
  } catch {
    return networkRefusal();
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    parsed = null;
  }
  return toOutcome(response.status, parsed);
}
