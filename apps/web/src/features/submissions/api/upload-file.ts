// Uploads a file with XMLHttpRequest, whose upload events report real progress (fetch cannot).
import { apiUrl } from '../../../lib/api-client';
import { networkRefusal, toOutcome, type SubmissionOutcome } from './submission-outcome';

export type UploadPhase =
  | { phase: 'uploading'; loaded: number; total: number }
  /** Every byte has arrived: the server is checking the rows and storing them. */
  | { phase: 'checking' };

export interface UploadRequest {
  programmeId: string;
  file: File;
  confirm: boolean;
  csrfToken: string | null;
  onProgress: (phase: UploadPhase) => void;
}

export function uploadFile(request: UploadRequest): Promise<SubmissionOutcome> {
  const { programmeId, file, confirm, csrfToken, onProgress } = request;
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/programmes/${encodeURIComponent(programmeId)}/submissions`));
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.addEventListener('progress', (event) => {
      onProgress({
        phase: 'uploading',
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      });
    });
    xhr.upload.addEventListener('load', () => onProgress({ phase: 'checking' }));
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      resolve(toOutcome(xhr.status, body));
    });
    xhr.addEventListener('error', () => resolve(networkRefusal()));
    xhr.addEventListener('abort', () => resolve(networkRefusal()));
    const form = new FormData();
    if (confirm) form.append('confirm', 'true');
    form.append('file', file, file.name);
    onProgress({ phase: 'uploading', loaded: 0, total: file.size });
    xhr.send(form);
  });
}
