import type { ProgrammeReturns, ReturnsBlock, ReturnsYear } from '@outcomes/contract';
import { useParams, useSearchParams } from 'react-router';
import { chartColours, type ChartSeries } from '../../../components/chart-series';
import { ChartLegend } from '../../../components/chart-legend';
import { DataTable, type Column } from '../../../components/data-table';
import { LazyLineChart } from '../../../components/lazy-line-chart';
import { formatDate, formatMoney, formatMoneyCompact, formatPercent } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { programmePath, useReturns } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { BarFigure } from '../components/bar-figure';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { MoneyLink } from '../components/money-link';
import { PersistenceSection } from '../components/persistence-section';
import { BasisFigures } from '../components/returns-basis-figures';
import { ScopeSwitcher } from '../components/returns-scope-switcher';
import { ValueStackSection } from '../components/value-stack-section';
import { financePaths } from '../lib/finance-paths';
import { formatFactor } from '../lib/finance-format';

const series: readonly ChartSeries[] = [
  {
    key: 'cumulativeForecastNet',
    label: 'Cumulative net benefit, business case',
    colour: chartColours.grey,
    dash: '8 5',
    marker: 'square',
  },
  {
    key: 'cumulativeRealisedNet',
    label: 'Cumulative net benefit, realised to date',
    colour: chartColours.brand,
    marker: 'circle',
  },
];

const COST_BASIS_TEXT = {
  actual: 'Actuals',
  forecast: 'Forecasts (no actual yet)',
  mixed: 'Actuals, and forecasts where no actual yet',
} as const;

/** The year page that shows how a derived figure (net, present value) is made. */
export const yearPath = (
  programmeId: string,
  scope: string,
  year: string,
  asOf: string | undefined,
) =>
  `${financePaths.section(programmeId, 'returns', undefined)}/${encodeURIComponent(year)}?${new URLSearchParams(
    {
      ...(scope === 'programme' ? {} : { scope }),
      ...(asOf ? { asOf } : {}),
    },
  ).toString()}`.replace(/\?$/, '');

/** Costs and returns per financial year, for the programme or one strand. */
export function ReturnsPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const [search] = useSearchParams();
  const returns = useReturns(programmeId, asOf);
  const access = useFinanceAccess(programmeId);

  return (
    <FinancePage
      title="Costs and returns"
      section="returns"
      asOfShown={returns.data?.asOf}
      query={returns}
      loadingWhat="costs and returns"
      intro={
        <p className="govuk-body">
          What each year costs and gives back: for the business case as a whole (forecast costs,
          every forecast benefit) and realised to date, which sets benefits and costs of the same
          periods against each other: benefits of the periods ended by the as-of date with a return,
          and each year&rsquo;s cost in proportion to the days of that year ended by then (a year
          still running counts part of its cost). A year&rsquo;s cost to date is its actual where
          the partners have given it, else its forecast; the table says which. Present values
          discount each year to the programme&rsquo;s first year.
        </p>
      }
    >
      {() => {
        const data = returns.data as ProgrammeReturns;
        const wanted = search.get('scope');
        const block: ReturnsBlock = data.strands.find((s) => s.id === wanted) ?? data.programme;
        const strand = block.id === 'programme' ? undefined : block.id;
        const scopeName = block.id === 'programme' ? 'the whole programme' : block.name;
        const lines = (
          measure: 'forecastBenefitWholeCase' | 'realisedBenefitToDate',
          year?: string,
        ) => financePaths.lines(programmeId, measure, { strand, financialYear: year }, asOf);
        const costs = (measure: 'forecastCost' | 'actualCostToDate', year?: string) =>
          financePaths.costLines(programmeId, measure, { strand, financialYear: year }, asOf);
        const year = (y: ReturnsYear) => yearPath(programmeId, block.id, y.financialYear, asOf);
        const moneyCol = (
          key: string,
          header: string,
          get: (y: ReturnsYear) => number | null,
          to: (y: ReturnsYear) => string,
          describe: string,
        ): Column<ReturnsYear> => ({
          key,
          header,
          numeric: true,
          value: get,
          render: (y) => (
            <MoneyLink
              value={get(y)}
              to={to(y)}
              describe={`${describe}, ${y.financialYear}`}
              testId={`returns-${y.financialYear}-${key}`}
            />
          ),
        });
        const columns: Column<ReturnsYear>[] = [
          {
            key: 'financialYear',
            header: 'Financial year',
            rowHeader: true,
            nowrap: true,
            value: (y) => y.financialYear,
            render: (y) => y.financialYear,
          },
          moneyCol(
            'forecastCost',
            'Forecast cost',
            (y) => y.forecastCost,
            (y) => costs('forecastCost', y.financialYear),
            'forecast cost',
          ),
          moneyCol(
            'actualCost',
            'Cost to date',
            (y) => y.actualCost,
            (y) => costs('actualCostToDate', y.financialYear),
            'cost to date',
          ),
          {
            key: 'costBasis',
            header: 'Cost to date from',
            value: (y) => y.costBasis,
            render: (y) =>
              y.costBasis === null
                ? 'Not begun'
                : `${COST_BASIS_TEXT[y.costBasis]}${y.ended ? '' : `, ${formatPercent(y.costToDateFraction)} of the year`}`,
          },
          moneyCol(
            'forecastBenefit',
            'Forecast benefit',
            (y) => y.forecastBenefit,
            (y) => lines('forecastBenefitWholeCase', y.financialYear),
            'forecast benefit',
          ),
          moneyCol(
            'realisedBenefitToDate',
            'Realised benefit',
            (y) => y.realisedBenefitToDate,
            (y) => lines('realisedBenefitToDate', y.financialYear),
            'realised benefit',
          ),
          moneyCol(
            'forecastNet',
            'Forecast net',
            (y) => y.forecastNet,
            year,
            'forecast net benefit',
          ),
          moneyCol(
            'cumulativeForecastNet',
            'Cumulative forecast net',
            (y) => y.cumulativeForecastNet,
            year,
            'cumulative forecast net benefit',
          ),
          moneyCol(
            'realisedNet',
            'Realised net',
            (y) => y.realisedNet,
            year,
            'realised net benefit',
          ),
          moneyCol(
            'cumulativeRealisedNet',
            'Cumulative realised net',
            (y) => y.cumulativeRealisedNet,
            year,
            'cumulative realised net benefit',
          ),
          {
            key: 'discountFactor',
            header: 'Discount factor',
            numeric: true,
            value: (y) => y.discountFactor,
            render: (y) => formatFactor(Number(y.discountFactor.toPrecision(6))),
          },
          moneyCol(
            'pvForecastNet',
            'Present value of forecast benefit',
            (y) => y.presentValue.forecastBenefit,
            year,
            'present value of forecast benefit',
          ),
          moneyCol(
            'pvRealised',
            'Present value of realised benefit',
            (y) => y.presentValue.realisedBenefit,
            year,
            'present value of realised benefit',
          ),
        ];
        const caption = `Costs and returns by financial year, ${scopeName}, as of ${formatDate(data.asOf)}`;
        return (
          <>
            <ScopeSwitcher returns={data} scope={block.id} />
            <h2 className="govuk-heading-m">
              {block.id === 'programme' ? 'Whole programme' : block.name}
            </h2>
            <BasisFigures
              basis={block.businessCase}
              title="Business case as a whole"
              testId="business-case"
              costTo={costs('forecastCost')}
              benefitTo={lines('forecastBenefitWholeCase')}
            />
            <BasisFigures
              basis={block.realisedToDate}
              title="Realised to date"
              testId="realised"
              costTo={costs('actualCostToDate')}
              benefitTo={lines('realisedBenefitToDate')}
            />
            <ValueStackSection
              programmeId={programmeId}
              scope={block.id}
              scopeName={scopeName}
              canExport={access.isFinance}
            />
            {block.id === 'programme' ? (
              <PersistenceSection persistence={data.persistence} asOf={data.asOf} />
            ) : null}
            <h2 className="govuk-heading-m" id="returns-years">
              By financial year
            </h2>
            <BarFigure
              testId="returns-figure"
              caption={caption}
              description={`Discount rate ${formatPercent(data.discountRate)} a year, t = 0 in the first year. Net and present-value figures link to the year's working.`}
              legend={<ChartLegend series={series} />}
              table={
                <DataTable
                  caption={caption}
                  captionHidden
                  columns={columns}
                  rows={block.years}
                  rowKey={(y) => y.financialYear}
                  rowTestId={(y) => `returns-row-${y.financialYear}`}
                />
              }
              chart={
                <LazyLineChart
                  data={block.years.map((y) => ({
                    financialYear: y.financialYear,
                    cumulativeForecastNet: y.cumulativeForecastNet,
                    cumulativeRealisedNet: y.cumulativeRealisedNet,
                  }))}
                  xKey="financialYear"
                  series={series}
                  title={`Line chart: cumulative net benefit by financial year, ${scopeName}. The numbers are in the table.`}
                  formatY={formatMoneyCompact}
                  formatTooltip={formatMoney}
                  yDomain="auto"
                />
              }
              csv={{
                filename: `${programmeId}-returns-${block.id}-${data.asOf}.csv`,
                header: [
                  'Financial year',
                  'Forecast transition cost (£)',
                  'Forecast running cost (£)',
                  'Forecast cost (£)',
                  'Transition cost to date (£)',
                  'Running cost to date (£)',
                  'Cost to date (£)',
                  'Forecast benefit (£)',
                  'Realised benefit to date (£)',
                  'Forecast net (£)',
                  'Cumulative forecast net (£)',
                  'Realised net (£)',
                  'Cumulative realised net (£)',
                  'Discount factor',
                  'PV forecast cost (£)',
                  'PV forecast benefit (£)',
                  'PV cost to date (£)',
                  'PV realised benefit (£)',
                ],
                rows: block.years.map((y) => [
                  y.financialYear,
                  y.forecastTransitionCost,
                  y.forecastRunningCost,
                  y.forecastCost,
                  y.actualTransitionCost,
                  y.actualRunningCost,
                  y.actualCost,
                  y.forecastBenefit,
                  y.realisedBenefitToDate,
                  y.forecastNet,
                  y.cumulativeForecastNet,
                  y.realisedNet,
                  y.cumulativeRealisedNet,
                  y.discountFactor,
                  y.presentValue.forecastCost,
                  y.presentValue.forecastBenefit,
                  y.presentValue.actualCost,
                  y.presentValue.realisedBenefit,
                ]),
              }}
              csvDescription={`costs and returns by year, ${scopeName}`}
            />
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/returns`}
              params={{ asOf: data.asOf }}
              description="costs and returns for the programme and every strand"
              testId="returns-export"
              allowed={access.isFinance}
            />
          </>
        );
      }}
    </FinancePage>
  );
}
