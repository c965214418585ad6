// Writes to the API: JSON in, JSON out, with the session's CSRF token. Errors are the same
// ApiError as reads, carrying the API's message and (for 400s) the fields at fault.
import { ApiError, apiUrl } from './api-client';

export interface FieldProblem {
  field: string;
  message: string;
}

function fieldsOf(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) =>
    typeof d === 'object' &&
    d !== null &&
    typeof (d as FieldProblem).field === 'string' &&
    typeof (d as FieldProblem).message === 'string'
      ? [{ field: (d as FieldProblem).field, message: (d as FieldProblem).message }]
      : [],
  );
}

/** An ApiError whose answer named fields (400 `details`). */
export class ApiFieldError extends ApiError {
  readonly fields: FieldProblem[];
  /** The answer's `details` as sent (e.g. a 409's current revision). */
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown) {
    super(status, code, message);
    this.name = 'ApiFieldError';
    this.fields = fieldsOf(details);
    this.details = details;
  }
}

/** POST (or another write) a JSON body; `csrfToken` comes from GET /api/me. */
export async function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  csrfToken: string | null | undefined,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'The service could not be reached. Nothing was saved: check your connection and try again.',
    );
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: unknown; message?: unknown; details?: unknown } })
      ?.error;
    if (error && typeof error.message === 'string') {
      throw new ApiFieldError(
        response.status,
        typeof error.code === 'string' ? error.code : 'http',
        error.message,
        error.details,
      );
    }
    throw new ApiError(
      response.status,
      'http',
      `The service returned an error (HTTP ${response.status}).`,
    );
  }
  return parsed as T;
}
