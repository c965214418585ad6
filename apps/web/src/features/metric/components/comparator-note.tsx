// Where a metric's counterfactual comes from when it is a comparison series (difference in
// differences). The figures are the API's; nothing is computed here.
import type { MetricDefinition } from '@outcomes/contract';
import { formatNumber, formatRate } from '../../../lib/format';

/** The comparison series named, with its source and how it is scaled; nothing without one. */
export function ComparatorNote({ metric }: { metric: MetricDefinition }) {
  const comparator = metric.comparator;
  if (comparator === null) return null;
  return (
    <div className="govuk-inset-text" data-testid="comparator-note">
      <p className="govuk-body">
        Counterfactual from a comparison series:{' '}
        <strong data-testid="comparator-name">{comparator.name}</strong> (source:{' '}
        <span data-testid="comparator-source">{comparator.source}</span>).
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Each period’s counterfactual is the baseline of {formatNumber(metric.baseline.value)}{' '}
        {metric.unit} × the series’ value for the period ÷ {formatNumber(comparator.baseLevel)}, its
        mean over the baseline period: what the figures would have done had they moved as the series
        moved (difference in differences). Periods the series does not cover grow the baseline by{' '}
        {formatRate(metric.baseline.annualGrowth)} a year instead.
      </p>
    </div>
  );
}
