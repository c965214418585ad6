// The one place Recharts is imported; loaded lazily (see lazy-line-chart.tsx) so the tables and
// figures render before the chart library arrives.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import type { ChartSeries } from './chart-series';
import { ChartMarker } from './chart-marker';
import { niceValueAxis } from './nice-axis';

export interface SeriesLineChartProps {
  data: readonly Record<string, string | number | null | boolean>[];
  xKey: string;
  series: readonly ChartSeries[];
  /** Accessible name of the SVG (role="img"); the numbers themselves are in the table. */
  title: string;
  description?: string;
  formatY: (value: number) => string;
  formatTooltip: (value: number) => string;
  height?: number;
  /** 'zero' starts the value axis at 0 (money); 'auto' fits it to the data (levels). */
  yDomain?: 'zero' | 'auto';
}

const axisTick = { fill: '#0b0c0c', fontSize: 14 };

function dotRenderer(line: ChartSeries) {
  // Recharts calls this as a plain function for each point (not as a component).
  return function renderDot(props: DotItemDotProps) {
    const { cx, cy, index, value } = props;
    if (value === null || value === undefined || typeof cx !== 'number' || typeof cy !== 'number') {
      return <g key={`${line.key}-${index}`} />;
    }
    return (
      <ChartMarker
        key={`${line.key}-${index}`}
        shape={line.marker}
        cx={cx}
        cy={cy}
        colour={line.colour}
      />
    );
  };
}

export default function SeriesLineChart({
  data,
  xKey,
  series,
  title,
  description,
  formatY,
  formatTooltip,
  height = 340,
  yDomain = 'zero',
}: SeriesLineChartProps) {
  const valueAxis = niceValueAxis(
    data,
    series.map((s) => s.key),
    { includeZero: yDomain === 'zero' },
  );
  return (
    <LineChart
      responsive
      style={{ width: '100%', height }}
      data={data as Record<string, unknown>[]}
      margin={{ top: 12, right: 36, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      role="img"
      title={title}
      desc={description}
    >
      <CartesianGrid stroke="#b1b4b6" strokeDasharray="2 4" vertical={false} />
      <XAxis dataKey={xKey} tick={axisTick} tickMargin={8} minTickGap={24} stroke="#505a5f" />
      <YAxis
        tick={axisTick}
        tickFormatter={(value: number) => formatY(value)}
        width={80}
        domain={yDomain === 'auto' ? ['auto', 'auto'] : [0, 'auto']}
        {...valueAxis}
        stroke="#505a5f"
      />
      <Tooltip
        formatter={(value) =>
          typeof value === 'number' ? formatTooltip(value) : String(value ?? '')
        }
        isAnimationActive={false}
      />
      {series.map((line) => (
        <Line
          key={line.key}
          type="linear"
          dataKey={line.key}
          name={line.label}
          stroke={line.colour}
          strokeWidth={3}
          strokeDasharray={line.dash}
          dot={line.marker === 'none' ? false : dotRenderer(line)}
          activeDot={{ r: 6 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
