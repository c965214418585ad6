import type { ProgrammeReturns, ReturnsYear } from '@outcomes/contract';
import { useParams, useSearchParams } from 'react-router';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatMoney } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { useReturns } from '../api/finance-queries';
import { FinancePage } from '../components/finance-page';
import { MoneyLink } from '../components/money-link';
import { financePaths } from '../lib/finance-paths';
import { formatFactor } from '../lib/finance-format';

/**
 * How one year's derived figures are made: net = benefit − cost, cumulative net, and present
 * values = value × discount factor, each input a link to its lines. Every number is the API's.
 */
export function ReturnsYearPage() {
  const { programmeId = '', financialYear = '' } = useParams();
  const { asOf } = useAsOf();
  const [search] = useSearchParams();
  const returns = useReturns(programmeId, asOf);

  return (
    <FinancePage
      title={`Costs and returns, ${financialYear}`}
      section={null}
      asOfShown={returns.data?.asOf}
      query={returns}
      loadingWhat="the year"
      within={{ text: 'Costs and returns', to: financePaths.section(programmeId, 'returns', asOf) }}
    >
      {() => {
        const data = returns.data as ProgrammeReturns;
        const block = data.strands.find((s) => s.id === search.get('scope')) ?? data.programme;
        const y: ReturnsYear | undefined = block.years.find(
          (x) => x.financialYear === financialYear,
        );
        if (!y) {
          return (
            <p className="govuk-body">
              {financialYear} is not a year of this programme&rsquo;s returns.
            </p>
          );
        }
        const strand = block.id === 'programme' ? undefined : block.id;
        const benefit = (measure: 'forecastBenefitWholeCase' | 'realisedBenefitToDate') =>
          financePaths.lines(programmeId, measure, { strand, financialYear }, asOf);
        const cost = (measure: 'forecastCost' | 'actualCostToDate') =>
          financePaths.costLines(programmeId, measure, { strand, financialYear }, asOf);
        const plain = (v: number | null) => (v === null ? <NoValue /> : formatMoney(v));
        return (
          <>
            <h2 className="govuk-heading-m">
              {block.id === 'programme' ? 'Whole programme' : block.name}
            </h2>
            <p className="govuk-body">
              Year index t = {y.yearIndex}; discount factor 1 ÷ (1 + {data.discountRate})
              <sup>{y.yearIndex}</sup> = {formatFactor(y.discountFactor)}. Figures as of{' '}
              {formatDate(data.asOf)}.
            </p>
            <dl className="govuk-summary-list" data-testid="returns-year">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Business case: net</dt>
                <dd className="govuk-summary-list__value">
                  <MoneyLink
                    value={y.forecastBenefit}
                    to={benefit('forecastBenefitWholeCase')}
                    describe={`forecast benefit, ${financialYear}`}
                  />{' '}
                  forecast benefit −{' '}
                  <MoneyLink
                    value={y.forecastCost}
                    to={cost('forecastCost')}
                    describe={`forecast cost, ${financialYear}`}
                  />{' '}
                  forecast cost = <strong>{plain(y.forecastNet)}</strong>; cumulative{' '}
                  <strong>{plain(y.cumulativeForecastNet)}</strong>
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Realised to date: net</dt>
                <dd className="govuk-summary-list__value">
                  {y.started ? (
                    <>
                      <MoneyLink
                        value={y.realisedBenefitToDate}
                        to={benefit('realisedBenefitToDate')}
                        describe={`realised benefit, ${financialYear}`}
                      />{' '}
                      realised benefit −{' '}
                      <MoneyLink
                        value={y.actualCost ?? 0}
                        to={cost('actualCostToDate')}
                        describe={`actual cost, ${financialYear}`}
                      />{' '}
                      actual cost
                      {y.ended
                        ? ''
                        : ' (the year has not ended: its costs are not yet counted)'} ={' '}
                      <strong>{plain(y.realisedNet)}</strong>; cumulative{' '}
                      <strong>{plain(y.cumulativeRealisedNet)}</strong>
                    </>
                  ) : (
                    'The year has not started.'
                  )}
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Present values</dt>
                <dd className="govuk-summary-list__value">
                  Forecast cost {plain(y.presentValue.forecastCost)}; forecast benefit{' '}
                  {plain(y.presentValue.forecastBenefit)}; cost to date{' '}
                  {plain(y.presentValue.actualCost)}; realised benefit{' '}
                  {plain(y.presentValue.realisedBenefit)} (each the year&rsquo;s figure ×{' '}
                  {formatFactor(y.discountFactor)})
                </dd>
              </div>
              {y.actualCostsNotKnown > 0 ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Actual costs not known</dt>
                  <dd className="govuk-summary-list__value">
                    {y.actualCostsNotKnown} cost rows of this year have no actual yet: their
                    forecast counts instead, in proportion to the days of the year ended.
                  </dd>
                </div>
              ) : null}
            </dl>
          </>
        );
      }}
    </FinancePage>
  );
}
