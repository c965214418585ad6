// The Monte Carlo run: P10, P50 and P90 of the business case's NPV, the stated ranges each draw
// came from, and the draws as a histogram with its numbers in a table.
import type { Uncertainty } from '@outcomes/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { formatInteger, formatMoney, formatMoneyCompact, formatPercent } from '../../../lib/format';
import { BarFigure } from '../components/bar-figure';
import type { BarSeries } from '../components/bar-series';
import { LazyBarChart } from '../components/lazy-bar-chart';
import { chartColours } from '../../../components/chart-series';
import { describeRange } from './uncertainty-format';

type Run = Uncertainty['monteCarlo'];
type Bin = Run['histogram'][number];
type Input = Uncertainty['inputs'][number];

const series: readonly BarSeries[] = [
  { key: 'count', label: 'Draws', colour: chartColours.brand, pattern: 'solid' },
];

const binLabel = (b: Bin) => `${formatMoneyCompact(b.from)} to ${formatMoneyCompact(b.to)}`;

export function MonteCarloSection({
  data,
  programmeId,
}: {
  data: Uncertainty;
  programmeId: string;
}) {
  const run = data.monteCarlo;
  const percentiles = [
    { key: 'p10', label: 'P10 (nine draws in ten are higher)', value: run.p10 },
    { key: 'p50', label: 'P50 (median)', value: run.p50 },
    { key: 'p90', label: 'P90 (one draw in ten is higher)', value: run.p90 },
    { key: 'mean', label: 'Mean', value: run.mean },
    { key: 'central', label: 'At the programme’s own values', value: run.central },
  ];
  const percentileColumns: Column<(typeof percentiles)[number]>[] = [
    { key: 'label', header: 'Figure', rowHeader: true, render: (p) => p.label },
    {
      key: 'value',
      header: 'Net present value',
      numeric: true,
      value: (p) => p.value,
      render: (p) => formatMoney(p.value),
    },
  ];
  const rangeColumns: Column<Input>[] = [
    { key: 'label', header: 'Input', rowHeader: true, render: (i) => i.label },
    { key: 'meaning', header: 'What a draw moves', render: (i) => i.meaning },
    { key: 'range', header: 'Range', render: (i) => describeRange(i.move, i.distribution) },
  ];
  const caption = `Net present value over ${formatInteger(run.draws)} draws (seed ${run.seed})`;
  const binColumns: Column<Bin>[] = [
    { key: 'bin', header: 'Net present value', rowHeader: true, render: binLabel },
    {
      key: 'count',
      header: 'Draws',
      numeric: true,
      value: (b) => b.count,
      render: (b) => formatInteger(b.count),
    },
  ];
  return (
    <>
      <DataTable
        caption={`Monte Carlo: ${formatInteger(run.draws)} draws, seed ${run.seed}`}
        captionSize="m"
        columns={percentileColumns}
        rows={percentiles}
        rowKey={(p) => p.key}
        rowTestId={(p) => `mc-${p.key}`}
      />
      <p className="govuk-body" data-testid="mc-below-zero">
        {formatPercent(run.shareBelowZero)} of the draws have a net present value below zero.
      </p>
      <DataTable
        caption="The ranges drawn from"
        captionSize="s"
        columns={rangeColumns}
        rows={data.inputs}
        rowKey={(i) => i.key}
      />
      <BarFigure
        testId="mc-histogram"
        caption={caption}
        series={series}
        table={
          <DataTable
            caption={caption}
            captionHidden
            columns={binColumns}
            rows={run.histogram}
            rowKey={(b) => `${b.from}`}
          />
        }
        chart={
          <LazyBarChart
            data={run.histogram.map((b) => ({ bin: binLabel(b), count: b.count }))}
            categoryKey="bin"
            series={series}
            layout="vertical"
            title={`Bar chart: ${caption}. The numbers are in the table above.`}
            formatValue={formatInteger}
          />
        }
        csv={{
          filename: `${programmeId}-monte-carlo-seed-${run.seed}-${data.asOf}.csv`,
          header: ['From (£)', 'To (£)', 'Draws'],
          rows: run.histogram.map((b) => [b.from, b.to, b.count]),
        }}
        csvDescription="the histogram of draws"
      />
    </>
  );
}
