import type { ProgrammeSummary } from '@outcomes/contract';
import { ChartFigure } from '../../../components/chart-figure';
import { chartColours, type ChartSeries } from '../../../components/chart-series';
import { DataTable, type Column } from '../../../components/data-table';
import { Money } from '../../../components/figures';
import { LazyLineChart } from '../../../components/lazy-line-chart';
import { formatDate, formatMoney, formatMoneyCompact } from '../../../lib/format';

type Point = ProgrammeSummary['cumulativeByQuarter'][number];

const series: readonly ChartSeries[] = [
  {
    key: 'cumulativeForecastBenefit',
    label: 'Forecast benefit (business case), cumulative',
    colour: chartColours.grey,
    dash: '8 5',
    marker: 'square',
  },
  {
    key: 'cumulativeRealisedBenefit',
    label: 'Realised benefit, cumulative',
    colour: chartColours.brand,
    marker: 'circle',
  },
];

const columns: Column<Point>[] = [
  {
    key: 'label',
    header: 'Quarter',
    rowHeader: true,
    nowrap: true,
    value: (p) => p.periodStart,
    render: (p) => p.label,
  },
  {
    key: 'cumulativeForecastBenefit',
    header: 'Cumulative forecast benefit',
    numeric: true,
    value: (p) => p.cumulativeForecastBenefit,
    render: (p) => <Money value={p.cumulativeForecastBenefit} />,
  },
  {
    key: 'cumulativeRealisedBenefit',
    header: 'Cumulative realised benefit',
    numeric: true,
    value: (p) => p.cumulativeRealisedBenefit,
    render: (p) => <Money value={p.cumulativeRealisedBenefit} />,
  },
];

interface CumulativeBenefitFigureProps {
  programmeId: string;
  programmeName: string;
  points: readonly Point[];
  asOf: string;
}

export function CumulativeBenefitFigure({
  programmeId,
  programmeName,
  points,
  asOf,
}: CumulativeBenefitFigureProps) {
  if (points.length === 0) {
    return <p className="govuk-body">There are no quarters to show yet.</p>;
  }
  const first = points[0];
  const last = points[points.length - 1];
  const range = first && last ? `${first.label} to ${last.label}` : '';
  const caption = `Cumulative realised and forecast benefit by quarter, ${range}`;

  return (
    <ChartFigure
      testId="cumulative-figure"
      caption={caption}
      description={`${programmeName}, figures as of ${formatDate(asOf)}. The same numbers are in the table below the chart.`}
      series={series}
      chart={
        <LazyLineChart
          data={points}
          xKey="label"
          series={series}
          title={`Line chart: ${caption}. The numbers are in the table that follows.`}
          formatY={formatMoneyCompact}
          formatTooltip={formatMoney}
        />
      }
      table={
        <DataTable
          caption="Cumulative benefit by quarter (the chart's data)"
          captionSize="s"
          columns={columns}
          rows={points}
          rowKey={(p) => p.periodStart}
          rowTestId={(p) => `cumulative-row-${p.periodStart}`}
        />
      }
      csv={{
        filename: `${programmeId}-cumulative-benefit-${asOf}.csv`,
        header: [
          'Quarter start',
          'Quarter',
          'Cumulative forecast benefit (£)',
          'Cumulative realised benefit (£)',
        ],
        rows: points.map((p) => [
          p.periodStart,
          p.label,
          p.cumulativeForecastBenefit,
          p.cumulativeRealisedBenefit,
        ]),
      }}
      csvDescription="cumulative benefit by quarter"
    />
  );
}
