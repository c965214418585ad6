import type { ChartSeries } from './chart-series';
import { ChartMarker } from './chart-marker';

/** The chart's key as HTML text: each label beside a sample of its line and marker. */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="app-legend" aria-label="Key">
      {series.map((line) => (
        <li key={line.key} className="app-legend__item">
          <svg
            className="app-legend__swatch"
            width="48"
            height="16"
            viewBox="0 0 48 16"
            aria-hidden="true"
            focusable="false"
          >
            <line
              x1="2"
              y1="8"
              x2="46"
              y2="8"
              stroke={line.colour}
              strokeWidth="3"
              strokeDasharray={line.dash}
            />
            <ChartMarker shape={line.marker} cx={24} cy={8} colour={line.colour} />
          </svg>
          <span>{line.label}</span>
        </li>
      ))}
    </ul>
  );
}
