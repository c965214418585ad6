// Base and scenario side by side: every figure with its change, each base figure linking to the
// lines behind it.
import type { ScenarioComparison, ScenarioFigure } from '@outcomes/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatMoney, formatRate } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { MoneyLink } from '../components/money-link';
import { financePaths } from '../lib/finance-paths';
import { formatRatio } from '../lib/finance-format';

const FIGURE_TEXT: Record<string, string> = {
  forecastBenefitToDate: 'Forecast benefit to date',
  realisedBenefitToDate: 'Realised benefit to date',
  realisedCashableToDate: 'Realised cashable benefit to date',
  forecastBenefitWholeCase: 'Forecast benefit, whole business case',
  costToDate: 'Cost to date',
  netBenefitToDate: 'Net benefit to date',
  reinvestmentPot: 'Reinvestment pot',
  businessCaseNetPresentValue: 'Net present value, business case',
  businessCaseReturnOnInvestment: 'Return on investment (£ per £1), business case',
  businessCaseDiscountedReturnOnInvestment:
    'Discounted return on investment (£ per £1), business case',
  realisedNetPresentValue: 'Net present value, realised to date',
  realisedReturnOnInvestment: 'Return on investment (£ per £1), realised to date',
  persistenceNetPresentValue: 'Net present value with persistence, business case',
  persistenceDiscountedReturnOnInvestment:
    'Discounted return on investment (£ per £1) with persistence, business case',
};

export function ScenarioResults({
  result,
  programmeId,
}: {
  result: ScenarioComparison;
  programmeId: string;
}) {
  const { asOf } = useAsOf();
  const baseLink = (key: string): string | null => {
    switch (key) {
      case 'forecastBenefitToDate':
      case 'realisedBenefitToDate':
      case 'realisedCashableToDate':
      case 'forecastBenefitWholeCase':
        return financePaths.lines(programmeId, key, {}, asOf);
      case 'costToDate':
        return financePaths.costLines(programmeId, 'actualCostToDate', {}, asOf);
      case 'reinvestmentPot':
        return financePaths.section(programmeId, 'reinvestment', asOf);
      default:
        return financePaths.section(programmeId, 'returns', asOf);
    }
  };
  const show = (f: ScenarioFigure, v: number | null) =>
    v === null ? <NoValue /> : f.kind === 'ratio' ? formatRatio(v) : formatMoney(v);
  const columns: Column<ScenarioFigure>[] = [
    {
      key: 'figure',
      header: 'Figure',
      rowHeader: true,
      value: (f) => f.key,
      render: (f) => FIGURE_TEXT[f.key] ?? f.key,
    },
    {
      key: 'base',
      header: 'Base (as the programme stands)',
      numeric: true,
      value: (f) => f.base,
      render: (f) =>
        f.kind === 'money' ? (
          <MoneyLink
            value={f.base}
            to={baseLink(f.key) ?? ''}
            describe={`${FIGURE_TEXT[f.key] ?? f.key}, base`}
          />
        ) : (
          show(f, f.base)
        ),
    },
    {
      key: 'scenario',
      header: 'Scenario',
      numeric: true,
      value: (f) => f.scenario,
      render: (f) => show(f, f.scenario),
    },
    {
      key: 'change',
      header: 'Change',
      numeric: true,
      value: (f) => f.change,
      render: (f) =>
        f.change === null ? (
          <NoValue />
        ) : f.kind === 'ratio' ? (
          `${f.change > 0 ? '+' : ''}${formatRatio(f.change)}`
        ) : (
          `${f.change > 0 ? '+' : ''}${formatMoney(f.change)}`
        ),
    },
  ];
  const payback = result.paybackYear;
  return (
    <section aria-labelledby="scenario-results-heading" data-testid="scenario-results">
      <h2 className="govuk-heading-m" id="scenario-results-heading" tabIndex={-1}>
        Base and scenario, as of {formatDate(result.asOf)}
      </h2>
      <p className="govuk-body">
        The same calculation run twice: on the programme as it stands and with your changes
        (discount rate {formatRate(result.discountRate.base)} and{' '}
        {formatRate(result.discountRate.scenario)}). Nothing is saved. Scenario figures have no
        lines of their own; the base figures link to theirs.
      </p>
      <DataTable
        caption="Headline figures, base and scenario"
        captionSize="s"
        columns={columns}
        rows={result.figures}
        rowKey={(f) => f.key}
        rowTestId={(f) => `scenario-figure-${f.key}`}
      />
      <dl className="govuk-summary-list" data-testid="scenario-payback">
        {(
          [
            ['Payback year, business case', payback.businessCase],
            ['Discounted payback year, business case', payback.businessCaseDiscounted],
            ['Payback year, realised to date', payback.realisedToDate],
          ] as const
        ).map(([label, pair]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">
              Base {pair.base ?? 'not paid back'}; scenario {pair.scenario ?? 'not paid back'}
            </dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption="Strands, base and scenario"
        captionSize="s"
        rows={result.strands}
        rowKey={(s) => s.id}
        rowTestId={(s) => `scenario-strand-${s.id}`}
        columns={[
          {
            key: 'name',
            header: 'Strand',
            rowHeader: true,
            value: (s) => s.id,
            render: (s) => s.name,
          },
          {
            key: 'realisedBase',
            header: 'Realised to date, base',
            numeric: true,
            value: (s) => s.realisedBenefitToDate.base,
            render: (s) => (
              <MoneyLink
                value={s.realisedBenefitToDate.base}
                to={financePaths.lines(
                  programmeId,
                  'realisedBenefitToDate',
                  { strand: s.id },
                  asOf,
                )}
                describe={`realised benefit to date, ${s.name}, base`}
              />
            ),
          },
          {
            key: 'realisedScenario',
            header: 'Realised to date, scenario',
            numeric: true,
            value: (s) => s.realisedBenefitToDate.scenario,
            render: (s) => formatMoney(s.realisedBenefitToDate.scenario),
          },
          {
            key: 'realisedChange',
            header: 'Change',
            numeric: true,
            value: (s) => s.realisedBenefitToDate.change,
            render: (s) => formatMoney(s.realisedBenefitToDate.change),
          },
          {
            key: 'wholeBase',
            header: 'Whole case, base',
            numeric: true,
            value: (s) => s.forecastBenefitWholeCase.base,
            render: (s) => (
              <MoneyLink
                value={s.forecastBenefitWholeCase.base}
                to={financePaths.lines(
                  programmeId,
                  'forecastBenefitWholeCase',
                  { strand: s.id },
                  asOf,
                )}
                describe={`forecast benefit, whole business case, ${s.name}, base`}
              />
            ),
          },
          {
            key: 'wholeScenario',
            header: 'Whole case, scenario',
            numeric: true,
            value: (s) => s.forecastBenefitWholeCase.scenario,
            render: (s) => formatMoney(s.forecastBenefitWholeCase.scenario),
          },
          {
            key: 'wholeChange',
            header: 'Change',
            numeric: true,
            value: (s) => s.forecastBenefitWholeCase.change,
            render: (s) => formatMoney(s.forecastBenefitWholeCase.change),
          },
        ]}
      />
    </section>
  );
}

/** Sensitivity: what if the unit costs, the optimism-bias ladder or the discount rate differ? */
