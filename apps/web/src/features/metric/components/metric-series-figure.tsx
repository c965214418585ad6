import type { MetricSeries, SeriesPeriod } from '@outcomes/contract';
import { ChartFigure } from '../../../components/chart-figure';
import { chartColours, type ChartSeries } from '../../../components/chart-series';
import { DataTable, type Column } from '../../../components/data-table';
import { Money } from '../../../components/figures';
import { LazyLineChart } from '../../../components/lazy-line-chart';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatNumber } from '../../../lib/format';

const series: readonly ChartSeries[] = [
  {
    key: 'counterfactual',
    label: 'Counterfactual (without the change)',
    colour: chartColours.grey,
    dash: '2 4',
    marker: 'triangle',
  },
  {
    key: 'forecast',
    label: 'Forecast (business case)',
    colour: chartColours.purple,
    dash: '8 5',
    marker: 'square',
  },
  { key: 'actual', label: 'Actual (returned)', colour: chartColours.brand, marker: 'circle' },
];

function Level({ value }: { value: number | null }) {
  return value === null ? <NoValue /> : <>{formatNumber(value)}</>;
}

const columns: Column<SeriesPeriod>[] = [
  {
    key: 'label',
    header: 'Period',
    rowHeader: true,
    nowrap: true,
    value: (p) => p.periodStart,
    render: (p) => p.label,
  },
  {
    key: 'counterfactual',
    header: 'Counterfactual',
    numeric: true,
    value: (p) => p.counterfactual,
    render: (p) => formatNumber(p.counterfactual),
  },
  {
    key: 'forecast',
    header: 'Forecast',
    numeric: true,
    value: (p) => p.forecast,
    render: (p) => <Level value={p.forecast} />,
  },
  {
    key: 'actual',
    header: 'Actual',
    numeric: true,
    value: (p) => p.actual,
    render: (p) =>
      p.missingReturn ? (
        <strong className="app-missing" data-missing-return="true">
          Missing return
        </strong>
      ) : (
        <Level value={p.actual} />
      ),
  },
  {
    key: 'forecastImprovement',
    header: 'Forecast improvement',
    numeric: true,
    value: (p) => p.forecastImprovement,
    render: (p) => <Level value={p.forecastImprovement} />,
  },
  {
    key: 'actualImprovement',
    header: 'Actual improvement',
    numeric: true,
    value: (p) => p.actualImprovement,
    render: (p) => <Level value={p.actualImprovement} />,
  },
  {
    key: 'forecastBenefit',
    header: 'Forecast benefit',
    numeric: true,
    value: (p) => p.forecastBenefit,
    render: (p) => <Money value={p.forecastBenefit} />,
  },
  {
    key: 'realisedBenefit',
    header: 'Realised benefit',
    numeric: true,
    value: (p) => p.realisedBenefit,
    render: (p) => <Money value={p.realisedBenefit} />,
  },
];

export function MetricSeriesFigure({ data }: { data: MetricSeries }) {
  const { metric, periods } = data;
  if (periods.length === 0) {
    return <p className="govuk-body">This metric has no periods to show yet.</p>;
  }
  const first = periods[0];
  const last = periods[periods.length - 1];
  const range = first && last ? `, ${first.label} to ${last.label}` : '';
  const caption = `${metric.name}: counterfactual, forecast and actual${range}`;
  const direction = metric.polarity === 'lower' ? 'Lower is better' : 'Higher is better';

  return (
    <ChartFigure
      testId="series-figure"
      caption={caption}
      description={`Unit: ${metric.unit}. ${direction}. Figures as of ${formatDate(data.asOf)}. A gap in the actual line is a period with no figure. The same numbers are in the table below the chart.`}
      series={series}
      chart={
        <LazyLineChart
          data={periods}
          xKey="label"
          series={series}
          title={`Line chart: ${caption}. The numbers are in the table that follows.`}
          formatY={formatNumber}
          formatTooltip={formatNumber}
          yDomain="auto"
        />
      }
      table={
        <DataTable
          caption={`${metric.name} by period (the chart's data, with improvement and benefit)`}
          captionSize="s"
          columns={columns}
          rows={periods}
          rowKey={(p) => p.periodStart}
          rowTestId={(p) => `period-row-${p.periodStart}`}
        />
      }
      csv={{
        filename: `${data.programmeId}-${metric.id}-${data.asOf}.csv`,
        header: [
          'Period start',
          'Period',
          `Counterfactual (${metric.unit})`,
          `Forecast (${metric.unit})`,
          `Actual (${metric.unit})`,
          'Missing return',
          'Forecast improvement',
          'Actual improvement',
          'Forecast benefit (£)',
          'Realised benefit (£)',
        ],
        rows: periods.map((p) => [
          p.periodStart,
          p.label,
          p.counterfactual,
          p.forecast,
          p.actual,
          p.missingReturn,
          p.forecastImprovement,
          p.actualImprovement,
          p.forecastBenefit,
          p.realisedBenefit,
        ]),
      }}
      csvDescription={`${metric.name} by period`}
    />
  );
}
