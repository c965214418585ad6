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
  const { baseline } = metric;
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
      <Row field="unitCost" label="Unit cost">
        {metric.unitCostId
          ? (metric.unitCostName ?? metric.unitCostId)
          : 'None: this metric is not monetised'}
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
      <Row field="annualGrowth" label="Growth without the change">
        {formatRate(baseline.annualGrowth)} a year (business as usual)
      </Row>
    </dl>
  );
}
