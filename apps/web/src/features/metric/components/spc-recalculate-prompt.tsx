// "Limits should be recalculated": after a sustained shift the process has changed, so the old
// limits no longer describe it (Making Data Count). The assurance icon is already judged on the
// current process; a rebase at the shift's first period makes those limits the chart's too, in
// one click for whoever may record rebases.
import type { MetricSeries, SpcCurrentProcess } from '@outcomes/contract';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { useRecordRebase } from '../api/record-rebase';

interface SpcRecalculatePromptProps {
  series: MetricSeries;
  current: SpcCurrentProcess;
  runLength: number;
  canWrite: boolean;
  programmeId: string;
  metricId: string;
  csrfToken: string | null;
}

export function SpcRecalculatePrompt({
  series,
  current,
  runLength,
  canWrite,
  programmeId,
  metricId,
  csrfToken,
}: SpcRecalculatePromptProps) {
  const mutation = useRecordRebase(programmeId, metricId, csrfToken);
  const [error, setError] = useState<string | null>(null);
  const unit = series.metric.unit;
  const way = current.signal === 'improvement' ? 'better' : 'worse';
  const reason = `Sustained shift from ${current.shiftFromLabel} (${runLength} or more points in a row on the ${way} side of the mean): limits recalculated on the current process.`;
  return (
    <div className="govuk-inset-text" data-testid="spc-recalculate">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">Limits should be recalculated</h3>
      <p className="govuk-body">
        A sustained shift began in <strong>{current.shiftFromLabel}</strong>: {runLength} or more
        points in a row on the {way} side of the mean. The process has changed, so the old limits no
        longer describe it. Until a rebase, the assurance is judged on the limits of the current
        process: {formatNumber(current.lowerLimit)} to {formatNumber(current.upperLimit)} {unit}{' '}
        (mean {formatNumber(current.mean)}), fixed on {current.baselinePoints} points since the
        shift began{current.trial ? ': trial limits, as there are fewer than 12' : ''}.
      </p>
      {canWrite ? (
        <>
          {error ? (
            <p className="govuk-error-message" data-testid="spc-recalculate-error">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            disabled={mutation.isPending}
            data-testid="spc-recalculate-rebase"
            onClick={() => {
              setError(null);
              mutation.mutate(
                { periodStart: current.shiftFrom, reason, action: 'rebase' },
                {
                  onError: (e) =>
                    setError(e instanceof ApiError ? e.message : 'The rebase could not be saved.'),
                },
              );
            }}
          >
            Rebase the limits at {current.shiftFromLabel}
          </button>
        </>
      ) : (
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          The strand&rsquo;s sponsor or an admin can rebase the limits at {current.shiftFromLabel}.
        </p>
      )}
    </div>
  );
}
