// The funnel plot: each place's rate against its exposure, with the 95% and 99.8% limits drawn
// around the pooled target (all computed by the API). Decorative for assistive technology: the
// same numbers are in the table beside it.
import type { ComparisonDto } from '@outcomes/contract';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';

const axisTick = { fill: '#0b0c0c', fontSize: 14 };

export function FunnelChart({ comparison }: { comparison: ComparisonDto }) {
  const points = comparison.places
    .filter((p) => p.funnel.value !== null && p.funnel.exposure !== null)
    .map((p) => ({ exposure: p.funnel.exposure!, value: p.funnel.value!, place: p.place }));
  return (
    <div className="app-chart" aria-hidden="true" data-testid="funnel-chart">
      <ComposedChart
        width={720}
        height={360}
        margin={{ top: 12, right: 24, bottom: 28, left: 12 }}
        style={{ maxWidth: '100%', height: 'auto' }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#b1b4b6" strokeDasharray="3 3" />
        <XAxis
          dataKey="exposure"
          type="number"
          scale="log"
          domain={['auto', 'auto']}
          tick={axisTick}
          tickFormatter={(v: number) => formatNumber(v)}
          label={{
            value: 'Size (person-years or residents)',
            position: 'insideBottom',
            offset: -18,
          }}
          allowDuplicatedCategory={false}
        />
        <YAxis
          dataKey="value"
          type="number"
          tick={axisTick}
          tickFormatter={(v: number) => formatNumber(v)}
        />
        {comparison.target === null ? null : (
          <ReferenceLine y={comparison.target} stroke="#0b0c0c" strokeWidth={2} />
        )}
        {(['upper998', 'lower998'] as const).map((key) => (
          <Line
            key={key}
            data={comparison.funnelCurve}
            dataKey={key}
            dot={false}
            stroke="#d4351c"
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
        ))}
        {(['upper95', 'lower95'] as const).map((key) => (
          <Line
            key={key}
            data={comparison.funnelCurve}
            dataKey={key}
            dot={false}
            stroke="#f47738"
            isAnimationActive={false}
          />
        ))}
        <Scatter data={points} dataKey="value" fill="#1d70b8" isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}
