// The metric page's "is the change real?" half: the SPC verdict and XmR chart, and rebases. The
// sponsors' story behind the curve is in metric-commentary-section.tsx, higher on the page.
import type { MetricSeries } from '@outcomes/contract';
import { useMemo } from 'react';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { useMetricCommentary } from '../api/get-metric-commentary';
import { useMetricRebases } from '../api/get-metric-rebases';
import { useMetricWriter } from '../api/get-writer';
import { RebaseSection } from './rebase-section';
import { SpcMoneyDisagreement } from './spc-money-note';
import { SpcRecalculatePrompt } from './spc-recalculate-prompt';
import { SpcSummary } from './spc-summary';
import { XmrFigure } from './xmr-figure';

interface MetricSpcSectionsProps {
  programmeId: string;
  metricId: string;
  series: MetricSeries;
  /** The URL's as-of date. */
  asOf: string | undefined;
}

export function MetricSpcSections({ programmeId, metricId, series, asOf }: MetricSpcSectionsProps) {
  const commentary = useMetricCommentary(programmeId, metricId, asOf);
  const rebases = useMetricRebases(programmeId, metricId);
  const writer = useMetricWriter(programmeId, series.metric.strandId);
  const entries = useMemo(() => commentary.data?.entries ?? [], [commentary.data]);
  const { spc } = series;
  const withActuals = series.periods.filter((p) => p.actual !== null);

  return (
    <>
      <h2 className="govuk-heading-m" id="spc">
        Is the change real?
      </h2>
      {spc ? (
        <>
          <SpcSummary series={series} spc={spc} />
          {spc.currentProcess ? (
            <SpcRecalculatePrompt
              series={series}
              current={spc.currentProcess}
              runLength={spc.runLength}
              canWrite={writer.canWrite}
              programmeId={programmeId}
              metricId={metricId}
              csrfToken={writer.csrfToken}
            />
          ) : null}
          <SpcMoneyDisagreement series={series} />
          <XmrFigure series={series} spc={spc} commentary={entries} />
        </>
      ) : (
        <p className="govuk-body" data-testid="spc-none">
          {series.metric.frequency === 'year'
            ? 'A yearly metric’s limits are fixed on the years before the programme only, and there are fewer than two of them with an actual (or fewer than two actuals to date), so there are no process limits to judge the change by.'
            : 'There are fewer than two actuals to date, so there are no process limits to judge the change by yet.'}
        </p>
      )}

      <h2 className="govuk-heading-m" id="rebases">
        Rebasing the limits
      </h2>
      {rebases.isError ? (
        <ErrorPanel error={rebases.error} title="The rebases could not be shown" />
      ) : rebases.data ? (
        <RebaseSection
          canWrite={writer.canWrite}
          programmeId={programmeId}
          metricId={metricId}
          periods={withActuals}
          rebases={rebases.data}
          csrfToken={writer.csrfToken}
        />
      ) : (
        <Loading what="the rebases" />
      )}
    </>
  );
}
