// The finance view's bar chart; Recharts is loaded on demand (lazy-bar-chart.tsx) so tables
// render first. Bars differ by fill pattern as well as colour; the numbers are in a table
// beside every chart.
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { BarPatternDefs, barFill } from './bar-pattern-defs';
import type { BarSeries } from './bar-series';
import { niceValueAxis } from '../../../components/nice-axis';

export interface FinanceBarChartProps {
  data: readonly Record<string, string | number | null>[];
  /** The field naming each group of bars. */
  categoryKey: string;
  series: readonly BarSeries[];
  /** Accessible name of the SVG (role="img"); the numbers are in the table. */
  title: string;
  formatValue: (value: number) => string;
  /** 'vertical': one row per category with horizontal bars (long names); 'horizontal': columns. */
  layout?: 'horizontal' | 'vertical';
  height?: number;
}

const axisTick = { fill: '#0b0c0c', fontSize: 14 };

export default function FinanceBarChart({
  data,
  categoryKey,
  series,
  title,
  formatValue,
  layout = 'horizontal',
  height,
}: FinanceBarChartProps) {
  const chartId = `bars${useId()}`;
  const vertical = layout === 'vertical';
  const chartHeight =
    height ?? (vertical ? Math.max(240, 48 + data.length * 22 * series.length) : 340);
  const valueAxis = {
    tick: axisTick,
    tickFormatter: (v: number) => formatValue(v),
    stroke: '#505a5f',
    ...niceValueAxis(
      data,
      series.map((s) => s.key),
      { includeZero: true },
    ),
  };
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: chartHeight }}
      data={data as Record<string, unknown>[]}
      layout={layout}
      margin={{ top: 12, right: 36, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      role="img"
      title={title}
      barCategoryGap="20%"
    >
      <BarPatternDefs chartId={chartId} series={series} />
      <CartesianGrid
        stroke="#b1b4b6"
        strokeDasharray="2 4"
        horizontal={!vertical}
        vertical={vertical}
      />
      {vertical ? (
        <>
          <XAxis type="number" {...valueAxis} />
          <YAxis
            type="category"
            dataKey={categoryKey}
            tick={axisTick}
            width={220}
            stroke="#505a5f"
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis dataKey={categoryKey} tick={axisTick} stroke="#505a5f" interval={0} />
          <YAxis {...valueAxis} width={80} />
        </>
      )}
      {vertical ? (
        <ReferenceLine x={0} stroke="#0b0c0c" />
      ) : (
        <ReferenceLine y={0} stroke="#0b0c0c" />
      )}
      <Tooltip
        formatter={(value) =>
          typeof value === 'number' ? formatValue(value) : String(value ?? '')
        }
        isAnimationActive={false}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={barFill(chartId, s)}
          stroke={s.colour}
          strokeWidth={1.5}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
