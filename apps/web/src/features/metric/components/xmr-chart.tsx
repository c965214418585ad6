// The XmR chart itself (Recharts, loaded on demand by lazy-xmr-chart.tsx): actuals with flagged
// points marked, mean and process limits per rebase group, optional 2-sigma lines, the forecast
// trajectory, rebase breaks and numbered commentary markers.
import type { SpcGroup } from '@outcomes/contract';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { niceValueAxis } from '../../../components/nice-axis';
import { LIMIT_KEYS, groupKey, type XmrChartRow } from '../lib/xmr-rows';
import { CommentMarker, XmrPointMarker, xmrLineColours } from './xmr-markers';

export interface XmrChartProps {
  rows: readonly XmrChartRow[];
  groups: readonly SpcGroup[];
  showTwoSigma: boolean;
  /** Accessible name of the SVG; the numbers are in the table. */
  title: string;
  formatY: (value: number) => string;
  height?: number;
}

const axisTick = { fill: '#0b0c0c', fontSize: 14 };

function renderPoint(props: DotItemDotProps & { payload?: XmrChartRow }) {
  const { cx, cy, index, payload } = props;
  if (typeof cx !== 'number' || typeof cy !== 'number' || !payload || payload.actual === null) {
    return <g key={`point-${index}`} />;
  }
  return (
    <XmrPointMarker key={`point-${index}`} kind={payload.signal ?? 'common'} cx={cx} cy={cy} />
  );
}

function limitLine(key: string, name: string, colour: string, dash: string | undefined, width = 2) {
  return (
    <Line
      key={key}
      type="linear"
      dataKey={key}
      name={name}
      stroke={colour}
      strokeWidth={width}
      strokeDasharray={dash}
      dot={false}
      activeDot={false}
      connectNulls={false}
      isAnimationActive={false}
      legendType="none"
    />
  );
}

export default function XmrChart({
  rows,
  groups,
  showTwoSigma,
  title,
  formatY,
  height = 380,
}: XmrChartProps) {
  const labelOf = new Map(rows.map((r) => [r.periodStart, r.label]));
  const plotted = [
    'actual',
    'forecast',
    ...groups.flatMap((_, g) =>
      LIMIT_KEYS.filter((k) => showTwoSigma || !k.includes('TwoSigma')).map((k) => groupKey(k, g)),
    ),
  ];
  const valueAxis = niceValueAxis(rows, plotted, { includeZero: false, maxTicks: 7 });
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height }}
      data={rows as XmrChartRow[]}
      margin={{ top: 28, right: 36, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      role="img"
      title={title}
    >
      <CartesianGrid stroke="#b1b4b6" strokeDasharray="2 4" vertical={false} />
      <XAxis dataKey="label" tick={axisTick} tickMargin={8} minTickGap={24} stroke="#505a5f" />
      <YAxis
        tick={axisTick}
        tickFormatter={(value: number) => formatY(value)}
        width={80}
        domain={['auto', 'auto']}
        {...valueAxis}
        stroke="#505a5f"
      />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? formatY(value) : String(value ?? ''))}
        isAnimationActive={false}
      />
      {groups.flatMap((_, g) => [
        limitLine(groupKey('mean', g), 'Mean', xmrLineColours.mean, undefined),
        limitLine(groupKey('upperLimit', g), 'Upper process limit', xmrLineColours.limit, '8 4'),
        limitLine(groupKey('lowerLimit', g), 'Lower process limit', xmrLineColours.limit, '8 4'),
        ...(showTwoSigma
          ? [
              limitLine(
                groupKey('upperTwoSigma', g),
                'Upper 2-sigma line',
                xmrLineColours.twoSigma,
                '2 4',
                1.5,
              ),
              limitLine(
                groupKey('lowerTwoSigma', g),
                'Lower 2-sigma line',
                xmrLineColours.twoSigma,
                '2 4',
                1.5,
              ),
            ]
          : []),
      ])}
      <Line
        type="linear"
        dataKey="forecast"
        name="Forecast"
        stroke={xmrLineColours.forecast}
        strokeWidth={2.5}
        strokeDasharray="10 5"
        dot={false}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        type="linear"
        dataKey="actual"
        name="Actual"
        stroke={xmrLineColours.actual}
        strokeWidth={2}
        dot={renderPoint}
        activeDot={{ r: 5 }}
        connectNulls={false}
        isAnimationActive={false}
      />
      {groups.slice(1).map((g) => {
        const x = labelOf.get(g.from);
        return x === undefined ? null : (
          <ReferenceLine
            key={`rebase-${g.from}`}
            x={x}
            stroke={xmrLineColours.rebase}
            strokeWidth={3}
            label={{ value: 'Rebase', position: 'insideTopLeft', fill: '#0b0c0c', fontSize: 14 }}
          />
        );
      })}
      {rows
        .filter((r) => r.comment !== null)
        .map((r) => (
          <ReferenceLine
            key={`comment-${r.periodStart}`}
            x={r.label}
            stroke="#0b0c0c"
            strokeDasharray="1 3"
            label={(props: { viewBox?: { x?: number; y?: number } }) => (
              <CommentMarker
                cx={props.viewBox?.x ?? 0}
                cy={(props.viewBox?.y ?? 12) - 14}
                n={r.comment ?? 0}
                periodStart={r.periodStart}
              />
            )}
          />
        ))}
    </ComposedChart>
  );
}
