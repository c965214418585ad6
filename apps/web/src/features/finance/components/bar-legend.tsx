import { useId } from 'react';
import { BarPatternDefs, barFill } from './bar-pattern-defs';
import type { BarSeries } from './bar-series';

/** The key of a bar chart as HTML text, each label beside a swatch of its fill. */
export function BarLegend({ series }: { series: readonly BarSeries[] }) {
  const chartId = `legend${useId()}`;
  return (
    <ul className="app-legend" aria-label="Key">
      {series.map((s) => (
        <li key={s.key} className="app-legend__item">
          <svg
            className="app-legend__swatch"
            width="32"
            height="16"
            viewBox="0 0 32 16"
            aria-hidden="true"
            focusable="false"
          >
            <BarPatternDefs chartId={chartId} series={[s]} />
            <rect
              x="1"
              y="1"
              width="30"
              height="14"
              fill={barFill(chartId, s)}
              stroke={s.colour}
              strokeWidth="2"
            />
          </svg>
          <span>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
