// Sends a business-case workbook for preview or import with XMLHttpRequest: upload events give
// the bytes sent, and asking for NDJSON gives the server's stages (reading, validating,
// comparing, saving) line by line as they happen; the last line is the answer.
import type { WorkbookImportResult, WorkbookPreview, WorkbookProblem } from '@outcomes/contract';
import { apiUrl } from '../../../lib/api-client';

export type WorkbookStep = 'preview' | 'import';

export type WorkbookPhase =
  | { phase: 'uploading'; loaded: number; total: number }
  | { phase: 'server'; stage: string; done: number; total: number | null };

export type WorkbookOutcome =
  | { kind: 'previewed'; preview: WorkbookPreview }
  | { kind: 'imported'; result: WorkbookImportResult }
  | { kind: 'refused'; message: string; problems: WorkbookProblem[] };

interface ErrorBody {
  error?: { message?: string; details?: { problems?: WorkbookProblem[] } };
}

function toOutcome(step: WorkbookStep, status: number, body: unknown): WorkbookOutcome {
  if (status === 200 && body !== null && typeof body === 'object') {
    return step === 'preview'
      ? { kind: 'previewed', preview: body as WorkbookPreview }
      : { kind: 'imported', result: body as WorkbookImportResult };
  }
  const error = (body as ErrorBody | null)?.error;
  return {
    kind: 'refused',
    message:
      error?.message ??
      (status === 0
        ? 'The service could not be reached. Nothing was changed; try again.'
        : `The service answered ${status}. Nothing was changed.`),
    problems: error?.details?.problems ?? [],
  };
}

export interface WorkbookRequest {
  programmeId: string;
  step: WorkbookStep;
  file: File;
  /** The preview's digest, for an import. */
  sha256?: string;
  /** For an import: the name and note of the business-case version it makes (optional). */
  version?: { name: string; note: string };
  csrfToken: string | null;
  onProgress: (phase: WorkbookPhase) => void;
}

export function sendWorkbook(request: WorkbookRequest): Promise<WorkbookOutcome> {
  const { programmeId, step, file, sha256, version, csrfToken, onProgress } = request;
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/programmes/${encodeURIComponent(programmeId)}/workbook/${step}`));
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.addEventListener('progress', (event) => {
      onProgress({
        phase: 'uploading',
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      });
    });
    xhr.upload.addEventListener('load', () =>
      onProgress({ phase: 'server', stage: 'reading', done: 0, total: null }),
    );
    let read = 0;
    let last: { status: number; body: unknown } | null = null;
    const takeLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < read) return;
      for (const line of text.slice(read, end).split('\n')) {
        if (line.trim() === '') continue;
        try {
          const value = JSON.parse(line) as Record<string, unknown>;
          if (typeof value['stage'] === 'string') {
            onProgress({
              phase: 'server',
              stage: value['stage'],
              done: Number(value['done']),
              total: typeof value['total'] === 'number' ? value['total'] : null,
            });
          } else if (typeof value['status'] === 'number') {
            last = { status: value['status'], body: value['body'] };
          }
        } catch {
          // A line that is not JSON is not ours: ignore it.
        }
      }
      read = end + 1;
    };
    xhr.addEventListener('progress', takeLines);
    xhr.addEventListener('load', () => {
      if (xhr.getResponseHeader('content-type')?.includes('application/x-ndjson')) {
        takeLines();
        resolve(last ? toOutcome(step, last.status, last.body) : toOutcome(step, 500, null));
        return;
      }
      // Refused before any work began (401, 403, 413, 415): a plain JSON answer.
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      resolve(toOutcome(step, xhr.status, body));
    });
    xhr.addEventListener('error', () => resolve(toOutcome(step, 0, null)));
    xhr.addEventListener('abort', () => resolve(toOutcome(step, 0, null)));
    const form = new FormData();
    if (sha256 !== undefined) form.append('sha256', sha256);
    if (version?.name.trim()) form.append('versionName', version.name);
    if (version?.note.trim()) form.append('versionNote', version.note);
    form.append('file', file, file.name);
    onProgress({ phase: 'uploading', loaded: 0, total: file.size });
    xhr.send(form);
  });
}
