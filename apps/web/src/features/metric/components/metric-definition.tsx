import type { MetricDefinition, ProgrammeDetail } from '@outcomes/contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  formatDate,
  formatNumber,
  formatRate,
  frequencyLabel,
  kindLabel,
  polarityLabel,
} from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { withAsOf } from '../../../lib/use-as-of';

const perPeriod = { month: 'a month', quarter: 'a quarter', year: 'a year' } as const;

function Row({ field, label, children }: { field: string; label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value" data-testid={`definition-${field}`}>
        {children}
      </dd>
    </div>
  );
}

interface MetricDefinitionListProps {
  metric: MetricDefinition;
  programme: ProgrammeDetail;
  linkAsOf: string | undefined;
}

/** What the metric measures and the assumptions its benefit rests on. */
export function MetricDefinitionList({ metric, programme, linkAsOf }: MetricDefinitionListProps) {
  const strand = programme.strands.find((s) => s.id === metric.strandId);
  const owner = programme.partners.find((p) => p.id === metric.ownerPartnerId);
  const { baseline, counterfactualAnchor: anchor } = metric;
  const measured =
    baseline.measuredFrom || baseline.measuredTo
      ? [baseline.measuredFrom, baseline.measuredTo]
          .filter((d): d is string => Boolean(d))
          .map(formatDate)
          .join(' to ')
      : null;

  return (
    <dl className="govuk-summary-list" data-testid="metric-definition">
      <Row field="outcome" label="Outcome">
        {metric.outcomeName}
      </Row>
      <Row field="strand" label="Strand">
        <Link
          className="govuk-link"
          to={withAsOf(paths.strand(programme.id, metric.strandId), linkAsOf)}
        >
          {strand?.name ?? metric.strandId}
        </Link>
      </Row>
      <Row field="unit" label="Unit">
        {metric.unit}
      </Row>
      <Row field="frequency" label="Frequency">
        {frequencyLabel(metric.frequency)}
      </Row>
      <Row field="polarity" label="Polarity">
        {polarityLabel(metric.polarity)}
      </Row>
      <Row field="kind" label="Kind">
        {kindLabel(metric.kind)}
      </Row>
      <Row field="owner" label="Returned by">
        {owner?.name ?? metric.ownerPartnerId}
      </Row>
      <Row field="retiredFrom" label="In use">
        {metric.retiredFrom === null
          ? 'Yes: figures are due every period'
          : `Retired from ${formatDate(metric.retiredFrom)}: no figures are due from then`}
      </Row>
      <Row field="unitCost" label="Unit cost">
        {metric.unitCostName ?? 'None: this metric is not monetised'}
      </Row>
      <Row field="attribution" label="Attribution">
        {formatRate(metric.attribution)} of the improvement is claimed by this strand
      </Row>
      <Row field="source" label="Source">
        {metric.source}
      </Row>
      <Row field="baseline" label="Baseline">
        {formatNumber(baseline.value)} {metric.unit} {perPeriod[metric.frequency]}
        {measured ? `, measured ${measured}` : ''}
        {baseline.note ? (
          <span className="govuk-body-s app-secondary-text govuk-!-display-block govuk-!-margin-bottom-0">
            {baseline.note}
          </span>
        ) : null}
      </Row>
      {metric.comparator === null ? null : (
        <Row field="comparator" label="Counterfactual">
          From a comparison series: {metric.comparator.name} (source: {metric.comparator.source}
          ), scaled to the baseline by its mean of {formatNumber(metric.comparator.baseLevel)} over
          the baseline period
        </Row>
      )}
      <Row field="annualGrowth" label="Growth without the change">
        {formatRate(baseline.annualGrowth)} a year (business as usual)
        {metric.comparator === null ? '' : ', for the periods the comparison series does not cover'}
      </Row>
      <Row field="anchor" label="Growth counted from">
        {formatDate(anchor.date)} (financial year {anchor.financialYear}),{' '}
        {anchor.source === 'baseline'
          ? 'the baseline’s own growth_from date'
          : 'the programme’s first day (the pack gives no growth_from date)'}
        . The counterfactual is the baseline × (1 + growth) to the power of the whole financial
        years from {anchor.financialYear}.
        {anchor.uncountedGrowthYears > 0 ? (
          <strong
            className="govuk-!-display-block govuk-!-margin-top-2"
            data-testid="anchor-warning"
          >
            Warning: the baseline was measured {anchor.uncountedGrowthYears}{' '}
            {anchor.uncountedGrowthYears === 1 ? 'year' : 'years'} before growth is counted from, so
            the counterfactual leaves out {formatRate(baseline.annualGrowth)} a year of growth for
            that gap. Give the baseline a growth_from date in the pack to count it.
          </strong>
        ) : null}
      </Row>
    </dl>
  );
}
