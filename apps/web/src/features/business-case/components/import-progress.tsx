// Progress of a workbook preview or import: the bytes uploaded, then each stage the server
// reports (rows read, rows saved), with a determinate bar whenever there is a total.
import { formatBytes } from '../../submissions/lib/format-bytes';
import type { WorkbookPhase } from '../api/send-workbook';

const STAGE_TEXT: Record<string, string> = {
  reading: 'Reading the sheets',
  validating: 'Checking every row as the loader does',
  comparing: 'Comparing with the programme as stored',
};

const count = new Intl.NumberFormat('en-GB');

function describe(phase: WorkbookPhase, fileName: string): string {
  if (phase.phase === 'uploading') {
    return `Uploading ${fileName}: ${formatBytes(phase.loaded)} of ${formatBytes(phase.total)}`;
  }
  const stage = STAGE_TEXT[phase.stage] ?? `Saving: ${phase.stage.replace(/^saving /, '')}`;
  if (phase.total !== null)
    return `${stage}: ${count.format(phase.done)} of ${count.format(phase.total)}`;
  return phase.done > 0 ? `${stage}: ${count.format(phase.done)} rows` : `${stage}…`;
}

export function ImportProgress({ fileName, phase }: { fileName: string; phase: WorkbookPhase }) {
  const max = phase.phase === 'uploading' ? phase.total : phase.total;
  const value = phase.phase === 'uploading' ? phase.loaded : phase.done;
  const label = describe(phase, fileName);
  return (
    <div className="app-upload-progress" data-testid="workbook-progress">
      <p className="govuk-body" id="workbook-progress-label">
        {label}
      </p>
      {max !== null && max > 0 ? (
        <progress
          className="app-upload-progress__bar"
          max={max}
          value={Math.min(value, max)}
          aria-labelledby="workbook-progress-label"
        />
      ) : (
        <progress className="app-upload-progress__bar" aria-labelledby="workbook-progress-label" />
      )}
      {/* Announced at each stage, not at every row. */}
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        {phase.phase === 'uploading'
          ? `Uploading ${fileName}`
          : (STAGE_TEXT[phase.stage] ?? 'Saving')}
      </p>
    </div>
  );
}
