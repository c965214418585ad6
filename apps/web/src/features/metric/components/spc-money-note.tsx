// Where a metric's realised benefit comes from, and, when the chart shows concern while money is
// booked, why both can be true. The parts are the API's (core benefitFromGrowth); nothing is
// computed here.
import type { MetricSeries } from '@outcomes/contract';
import { formatMoney, formatNumber, formatRate } from '../../../lib/format';

/** The realised benefit to date in its two parts, for a monetised metric. */
export function BenefitFromGrowthList({ series }: { series: MetricSeries }) {
  const split = series.benefitFromGrowth;
  if (split === null) return null;
  const { baseline, comparator } = series.metric;
  return (
    <>
      <h3 className="govuk-heading-s">Where the realised benefit comes from</h3>
      {comparator === null ? (
        <p className="govuk-body-s">
          Benefit is measured against the counterfactual: the baseline of{' '}
          {formatNumber(baseline.value)} {series.metric.unit} a period grown by{' '}
          {formatRate(baseline.annualGrowth)} a year, what demand would have been without the
          change. So it has two parts: the growth the business case assumed (counterfactual minus
          baseline), and the change in the actual figures against the baseline. Each is valued as
          the benefit is.
        </p>
      ) : (
        <p className="govuk-body-s">
          Benefit is measured against the counterfactual: the baseline of{' '}
          {formatNumber(baseline.value)} {series.metric.unit} a period moved as the comparison
          series {comparator.name} moved (grown by {formatRate(baseline.annualGrowth)} a year in
          periods the series does not cover). So it has two parts: the counterfactual’s movement
          away from the baseline (counterfactual minus baseline), and the change in the actual
          figures against the baseline. Each is valued as the benefit is.
        </p>
      )}
      <dl className="govuk-summary-list" data-testid="benefit-from-growth">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">
            {comparator === null
              ? 'From the assumed growth alone'
              : 'From the counterfactual’s movement alone'}
          </dt>
          <dd className="govuk-summary-list__value" data-testid="benefit-from-growth-growth">
            {formatMoney(split.fromAssumedGrowth)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">From the change against the baseline</dt>
          <dd className="govuk-summary-list__value" data-testid="benefit-from-growth-change">
            {formatMoney(split.fromChangeAgainstBaseline)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Realised benefit to date</dt>
          <dd className="govuk-summary-list__value" data-testid="benefit-from-growth-total">
            {formatMoney(split.realisedBenefitToDate)}
          </dd>
        </div>
      </dl>
    </>
  );
}

/** Shown when the chart shows special-cause concern while a benefit is booked as realised. */
export function SpcMoneyDisagreement({ series }: { series: MetricSeries }) {
  const split = series.benefitFromGrowth;
  if (!series.spcAndMoneyDisagree || split === null) return null;
  return (
    <div className="govuk-warning-text" data-testid="spc-money-disagreement">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        The chart shows special-cause concern, yet {formatMoney(split.realisedBenefitToDate)} is
        booked as realised benefit. Both can be true: the chart compares the actual figures with
        their own past, while the benefit is measured against a counterfactual that{' '}
        {series.metric.comparator === null
          ? `grows by ${formatRate(series.metric.baseline.annualGrowth)} a year`
          : `moves as the comparison series ${series.metric.comparator.name} moves`}
        .{' '}
        {series.metric.comparator === null
          ? 'Demand that the business case assumed would have appeared'
          : 'Demand the comparison series says would have appeared'}{' '}
        counts as avoided even while the figures get worse.{' '}
        <span data-testid="spc-money-disagreement-growth">
          {formatMoney(split.fromAssumedGrowth)} of the {formatMoney(split.realisedBenefitToDate)}{' '}
          comes from the{' '}
          {series.metric.comparator === null ? 'assumed growth' : 'counterfactual’s movement'} alone
        </span>
        ; the change against the baseline accounts for{' '}
        {formatMoney(split.fromChangeAgainstBaseline)}.
      </div>
    </div>
  );
}
