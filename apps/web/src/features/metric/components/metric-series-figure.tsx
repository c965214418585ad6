import type { MetricSeries, SeriesPeriod } from '@outcomes/contract';
import { ChartFigure } from '../../../components/chart-figure';
import { chartColours, type ChartSeries } from '../../../components/chart-series';
import { DataTable, type Column } from '../../../components/data-table';
import { Money } from '../../../components/figures';
import { LazyLineChart } from '../../../components/lazy-line-chart';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatNumber } from '../../../lib/format';

const counterfactualSeries: ChartSeries = {
  key: 'counterfactual',
  label: 'Counterfactual (without the change)',
  colour: chartColours.grey,
  dash: '2 4',
  marker: 'triangle',
};

const forecastAndActual: readonly ChartSeries[] = [
  {
    key: 'forecast',
    label: 'Forecast (business case)',
    colour: chartColours.purple,
    dash: '8 5',
    marker: 'square',
  },
  { key: 'actual', label: 'Actual (returned)', colour: chartColours.brand, marker: 'circle' },
];

/**
 * With a comparison series the counterfactual is drawn as two lines: the periods it takes from
 * the series (difference in differences) and those that fall back to growth, so neither is
 * mistaken for the other.
 */
const comparatorSeries: readonly ChartSeries[] = [
  {
    key: 'comparatorCounterfactual',
    label: 'Counterfactual from the comparison series',
    colour: chartColours.orange,
    dash: '6 3',
    marker: 'triangle',
  },
  {
    key: 'growthCounterfactual',
    label: 'Counterfactual from growth (periods the series does not cover)',
    colour: chartColours.grey,
    dash: '2 4',
    marker: 'triangle',
  },
];

/** A period as the chart draws it: the counterfactual split by where it came from. */
type ChartPeriod = SeriesPeriod & {
  comparatorCounterfactual: number | null;
  growthCounterfactual: number | null;
};

function chartPeriod(p: SeriesPeriod): ChartPeriod {
  const fromComparator = p.counterfactualFrom === 'comparator';
  return {
    ...p,
    comparatorCounterfactual: fromComparator ? p.counterfactual : null,
    growthCounterfactual: fromComparator ? null : p.counterfactual,
  };
}

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

/** The comparison series' value and where each counterfactual came from (shown with a comparator). */
const comparatorColumns: Column<SeriesPeriod>[] = [
  {
    key: 'comparator',
    header: 'Comparison series',
    numeric: true,
    value: (p) => p.comparator,
    render: (p) => <Level value={p.comparator} />,
  },
  {
    key: 'counterfactualFrom',
    header: 'Counterfactual from',
    value: (p) => p.counterfactualFrom,
    render: (p) => (p.counterfactualFrom === 'comparator' ? 'Comparison series' : 'Growth'),
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
  const comparator = metric.comparator;
  const series =
    comparator === null
      ? [counterfactualSeries, ...forecastAndActual]
      : [...comparatorSeries, ...forecastAndActual];
  const tableColumns =
    comparator === null
      ? columns
      : [...columns.slice(0, 2), ...comparatorColumns, ...columns.slice(2)];
  const chartData = comparator === null ? periods : periods.map(chartPeriod);

  return (
    <ChartFigure
      testId="series-figure"
      caption={caption}
      description={`Unit: ${metric.unit}. ${direction}. Figures as of ${formatDate(data.asOf)}. ${comparator === null ? '' : `The counterfactual is taken from the comparison series ${comparator.name} where it has a value, and from growth elsewhere. `}A gap in a line is a period with no figure. The same numbers are in the table below the chart.`}
      series={series}
      chart={
        <LazyLineChart
          data={chartData}
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
          columns={tableColumns}
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
          ...(comparator === null ? [] : ['Comparison series', 'Counterfactual from']),
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
          ...(comparator === null ? [] : [p.comparator, p.counterfactualFrom]),
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
