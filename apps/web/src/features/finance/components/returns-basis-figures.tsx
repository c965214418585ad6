import type { ReturnsBasis } from '@outcomes/contract';
import { NoValue } from '../../../components/no-value';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatMoney } from '../../../lib/format';
import { formatRatio } from '../lib/finance-format';
import { MoneyLink } from './money-link';

/**
 * One basis of the returns (to date, or the whole business case) as key figures: cost and benefit
 * link to their lines, the net figures to the years they add up. Every figure is the API's.
 */
export function BasisFigures({
  basis,
  title,
  testId,
  costTo,
  benefitTo,
}: {
  basis: ReturnsBasis;
  title: string;
  testId: string;
  costTo: string;
  benefitTo: string;
}) {
  const ratio = (v: number | null) =>
    v === null ? <NoValue label="No cost yet" /> : formatRatio(v);
  return (
    <>
      <h3 className="govuk-heading-s">{title}</h3>
      <KeyFigures>
        <SummaryCard label="Cost" value={basis.cost} testId={`${testId}-cost`}>
          <MoneyLink value={basis.cost} to={costTo} describe={`cost, ${title.toLowerCase()}`} />
        </SummaryCard>
        <SummaryCard label="Benefit" value={basis.benefit} testId={`${testId}-benefit`}>
          <MoneyLink
            value={basis.benefit}
            to={benefitTo}
            describe={`benefit, ${title.toLowerCase()}`}
          />
        </SummaryCard>
        <SummaryCard
          label="Net benefit"
          value={basis.net}
          testId={`${testId}-net`}
          hint="Benefit less cost, the years below added up"
        >
          <a className="govuk-link" href="#returns-years">
            {formatMoney(basis.net)}
            <span className="govuk-visually-hidden">: see the years it adds up</span>
          </a>
        </SummaryCard>
        <SummaryCard
          label="Return on investment"
          value={basis.returnOnInvestment}
          testId={`${testId}-roi`}
          hint="£ of benefit for each £1 of cost"
        >
          {ratio(basis.returnOnInvestment)}
        </SummaryCard>
        <SummaryCard
          label="Payback year"
          value={basis.paybackYear}
          testId={`${testId}-payback`}
          hint="First year cumulative net ≥ 0"
        >
          {basis.paybackYear ?? <NoValue label="Not paid back" />}
        </SummaryCard>
        <SummaryCard
          label="Net present value"
          value={basis.netPresentValue}
          testId={`${testId}-npv`}
          hint="Present value of benefit less of cost"
        >
          <a className="govuk-link" href="#returns-years">
            {formatMoney(basis.netPresentValue)}
            <span className="govuk-visually-hidden">: see the discounted years</span>
          </a>
        </SummaryCard>
        <SummaryCard
          label="Discounted return on investment"
          value={basis.discountedReturnOnInvestment}
          testId={`${testId}-droi`}
        >
          {ratio(basis.discountedReturnOnInvestment)}
        </SummaryCard>
        <SummaryCard
          label="Discounted payback year"
          value={basis.discountedPaybackYear}
          testId={`${testId}-dpayback`}
        >
          {basis.discountedPaybackYear ?? <NoValue label="Not paid back" />}
        </SummaryCard>
      </KeyFigures>
    </>
  );
}
