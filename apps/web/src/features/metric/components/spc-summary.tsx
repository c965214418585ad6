import type { MetricSeries, Spc } from '@outcomes/contract';
import type { ReactNode } from 'react';
import { AssuranceIcon, VariationIcon } from '../../../components/spc-icons';
import { formatNumber } from '../../../lib/format';

function Row({ field, label, children }: { field: string; label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value" data-testid={`spc-${field}`}>
        {children}
      </dd>
    </div>
  );
}

const variationText = {
  'common-cause':
    'The latest figure is within ordinary variation: no rule flags it, so no change is shown yet.',
  'special-cause-improvement':
    'The latest figure is flagged by a special-cause rule in the better direction: the change is real, not noise.',
  'special-cause-concern':
    'The latest figure is flagged by a special-cause rule in the worse direction: look for the cause.',
} as const;

/** The SPC verdict in words beside the icons: variation, assurance and the limits used. */
export function SpcSummary({ series, spc }: { series: MetricSeries; spc: Spc }) {
  const labelOf = (periodStart: string) =>
    series.periods.find((p) => p.periodStart === periodStart)?.label ?? periodStart;
  const latestGroup = spc.groups[spc.groups.length - 1];
  const last = spc.points[spc.points.length - 1];
  const current = spc.currentProcess;
  const increments = spc.measure === 'increments';
  return (
    <dl className="govuk-summary-list" data-testid="spc-summary">
      <Row field="variation" label="Variation">
        <VariationIcon
          variation={spc.variation}
          polarity={series.metric.polarity}
          testId="spc-variation-icon"
        />
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          {last ? `${last.label}: ` : ''}
          {variationText[spc.variation]}
        </p>
      </Row>
      <Row field="assurance" label="Assurance">
        {spc.assurance && spc.target ? (
          <>
            <AssuranceIcon assurance={spc.assurance} testId="spc-assurance-icon" />
            <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
              Against the forecast for {spc.target.label}, {formatNumber(spc.target.value)}{' '}
              {series.metric.unit}
              {increments ? ' added in the period' : ''}, and{' '}
              {current
                ? `the limits of the current process since ${current.shiftFromLabel}, ${formatNumber(current.lowerLimit)} to ${formatNumber(current.upperLimit)}: the process changed there, so the target is judged against what it produces now.`
                : `the process limits ${formatNumber(spc.lowerLimit)} to ${formatNumber(spc.upperLimit)}.`}
            </p>
          </>
        ) : (
          <span data-testid="spc-assurance-none">
            No assurance: there is no forecast for the latest period to judge it against.
          </span>
        )}
      </Row>
      <Row field="limits" label="Process limits">
        Mean {formatNumber(spc.mean)}; limits {formatNumber(spc.lowerLimit)} to{' '}
        {formatNumber(spc.upperLimit)} {series.metric.unit}, fixed on {labelOf(spc.limitsFrom)} to{' '}
        {labelOf(spc.limitsTo)}
        {latestGroup ? ` (${latestGroup.baselinePoints} points)` : ''}.
        {latestGroup?.rebaseReason ? (
          <span className="govuk-!-display-block">
            Rebased at {labelOf(latestGroup.from)}: {latestGroup.rebaseReason}
          </span>
        ) : null}
        {spc.trial ? (
          <strong className="govuk-!-display-block" data-testid="spc-trial">
            {series.metric.frequency === 'year' && spc.groups.length === 1
              ? 'Trial limits: fewer than 12 years before the programme, so they are fixed on those years only (never on the programme’s own years, which they judge). Read them with caution.'
              : 'Trial limits: fewer than 12 points to fix them on, so every point of the group is used. Read them with caution.'}
          </strong>
        ) : null}
      </Row>
      <Row field="rules" label="Rules">
        A shift is {spc.runLength} points in a row on one side of the mean, a trend {spc.runLength}{' '}
        points rising or falling (the programme&rsquo;s setting; Making Data Count allows 6 or 7).
        {increments ? (
          <span className="govuk-!-display-block" data-testid="spc-increments">
            A running total: charted and judged as what each period added to it.
          </span>
        ) : null}
      </Row>
    </dl>
  );
}
