// The waterfall itself (Recharts, loaded lazily by lazy-bridge-chart.tsx). Each bar spans the
// [from, to] the API gave: nothing is added up here.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { WaterfallBar } from '@outcomes/contract';
import { formatMoneyCompact } from '../../../lib/format';
import { barColour } from './bridge-colours';
import { signedMoneyText } from './signed-money';
import { wrapLabel } from './wrap-label';

export interface BridgeChartProps {
  bars: readonly WaterfallBar[];
  /** Accessible name of the SVG; the numbers are in the table that follows. */
  title: string;
  /**
   * A fixed drawing width (the printed pack: a page is not resized, so a responsive chart would
   * keep the screen's width); CSS scales it down to the column. Responsive when absent.
   */
  fixedWidth?: number;
  barHeight?: number;
}

const axisTick = { fill: '#0b0c0c', fontSize: 14 };
const BAR_HEIGHT = 44;
const LABEL_CHARS = 22;

/** A y-axis label of up to two lines, cut with "…": long metric names must not overlap. */
function CategoryTick(props: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const lines = wrapLabel(String(props.payload?.value ?? ''), LABEL_CHARS, 2);
  const top = y - ((lines.length - 1) * 16) / 2;
  return (
    <text x={x} y={top} textAnchor="end" fill="#0b0c0c" fontSize={14} dominantBaseline="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 16}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export default function BridgeChart({
  bars,
  title,
  fixedWidth,
  barHeight = BAR_HEIGHT,
}: BridgeChartProps) {
  const height = bars.length * barHeight + 48;
  const data = bars.map((b) => ({
    label: b.label,
    range: [b.from, b.to],
    text:
      b.kind === 'total'
        ? formatMoneyCompact(b.value)
        : signedMoneyText(b.value, b.kind === 'rounding' ? 'pence' : 'compact'),
    colour: barColour(b),
  }));
  return (
    <BarChart
      layout="vertical"
      {...(fixedWidth === undefined
        ? { responsive: true, style: { width: '100%', height } }
        : { width: fixedWidth, height })}
      data={data}
      margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      role="img"
      title={title}
    >
      <CartesianGrid stroke="#b1b4b6" strokeDasharray="2 4" horizontal={false} />
      <XAxis
        type="number"
        tick={axisTick}
        tickFormatter={(v: number) => formatMoneyCompact(v)}
        domain={[(min: number) => Math.min(0, min), 'auto']}
        stroke="#505a5f"
      />
      <YAxis
        type="category"
        dataKey="label"
        tick={<CategoryTick />}
        width={170}
        interval={0}
        stroke="#505a5f"
      />
      <Bar dataKey="range" isAnimationActive={false} barSize={Math.min(24, barHeight - 12)}>
        {data.map((d) => (
          <Cell key={d.label} fill={d.colour} />
        ))}
        <LabelList dataKey="text" position="right" fill="#0b0c0c" fontSize={14} />
      </Bar>
    </BarChart>
  );
}
