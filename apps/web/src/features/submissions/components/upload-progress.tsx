// Real progress of an upload: the bytes sent (from the browser's upload events), then the
// server's check-and-store phase, which has no byte count to show.
import { formatBytes } from '../lib/format-bytes';
import type { UploadPhase } from '../api/upload-file';

export function UploadProgress({ fileName, phase }: { fileName: string; phase: UploadPhase }) {
  const percent =
    phase.phase === 'uploading' && phase.total > 0
      ? Math.min(100, Math.round((phase.loaded / phase.total) * 100))
      : null;
  const label =
    phase.phase === 'uploading'
      ? `Uploading ${fileName}: ${percent ?? 0}% (${formatBytes(phase.loaded)} of ${formatBytes(phase.total)})`
      : `Uploaded ${fileName}. Checking every row and storing the figures…`;
  return (
    <div className="app-upload-progress" data-testid="upload-progress" data-phase={phase.phase}>
      <p className="govuk-body" id="upload-progress-label">
        {label}
      </p>
      {phase.phase === 'uploading' ? (
        <progress
          className="app-upload-progress__bar"
          max={100}
          value={percent ?? 0}
          aria-labelledby="upload-progress-label"
        />
      ) : (
        <progress className="app-upload-progress__bar" aria-labelledby="upload-progress-label" />
      )}
      {/* Announced at the phase change only, not at every percent. */}
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        {phase.phase === 'uploading'
          ? `Uploading ${fileName}`
          : 'Upload complete; checking the figures'}
      </p>
    </div>
  );
}
