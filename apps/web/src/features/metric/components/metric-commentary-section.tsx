// The sponsors' story behind the curve, high on the metric page (just under the headline): the
// stories so far and, for the strand's sponsor, the form, which opens by itself when the latest
// period with a figure has no story yet.
import type { MetricSeries } from '@outcomes/contract';
import { useMemo } from 'react';
import { Collapsible } from '../../../components/collapsible';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { useMetricCommentary } from '../api/get-metric-commentary';
import { useMetricWriter } from '../api/get-writer';
import { numberCommentary } from '../lib/xmr-rows';
import { CommentaryForm } from './commentary-form';
import { CommentaryList } from './commentary-list';

interface MetricCommentarySectionProps {
  programmeId: string;
  metricId: string;
  series: MetricSeries;
  /** The URL's as-of date. */
  asOf: string | undefined;
}

export function MetricCommentarySection({
  programmeId,
  metricId,
  series,
  asOf,
}: MetricCommentarySectionProps) {
  const commentary = useMetricCommentary(programmeId, metricId, asOf);
  const writer = useMetricWriter(programmeId, series.metric.strandId);
  const entries = useMemo(() => commentary.data?.entries ?? [], [commentary.data]);
  const numbers = useMemo(() => numberCommentary(entries), [entries]);
  // Periods a story can be about: those with a figure, or a missing return, to date.
  const writable = series.periods.filter((p) => p.actual !== null || p.missingReturn);
  const latestWithFigure = series.periods.findLast((p) => p.actual !== null);
  const due =
    latestWithFigure !== undefined &&
    !entries.some((e) => e.periodStart === latestWithFigure.periodStart);

  return (
    <>
      <h2 className="govuk-heading-m" id="commentary">
        Story behind the curve
      </h2>
      {commentary.isError ? (
        <ErrorPanel error={commentary.error} title="The commentary could not be shown" />
      ) : commentary.data ? (
        <CommentaryList entries={entries} numbers={numbers} />
      ) : (
        <Loading what="the commentary" />
      )}
      {writer.canWrite && commentary.data ? (
        <Collapsible
          open={due}
          testId="commentary-form-details"
          summary={
            due && latestWithFigure
              ? `Write the commentary for ${latestWithFigure.label} (due: it has a figure and no story yet)`
              : 'Write or revise the commentary for a period'
          }
        >
          <CommentaryForm
            programmeId={programmeId}
            metricId={metricId}
            periods={writable}
            entries={entries}
            csrfToken={writer.csrfToken}
          />
        </Collapsible>
      ) : (
        <p className="govuk-body app-secondary-text" data-testid="commentary-read-only">
          The strand&rsquo;s sponsor and the programme&rsquo;s admins write the commentary.
        </p>
      )}
    </>
  );
}
