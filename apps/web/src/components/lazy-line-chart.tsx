import { lazy, Suspense } from 'react';
import type { SeriesLineChartProps } from './line-chart';

const SeriesLineChart = lazy(() => import('./line-chart'));

/** The line chart, loaded on demand; the data table below it is the accessible alternative. */
export function LazyLineChart(props: SeriesLineChartProps) {
  return (
    <div className="app-chart">
      <Suspense fallback={<div className="app-chart__loading">Loading chart…</div>}>
        <SeriesLineChart {...props} />
      </Suspense>
    </div>
  );
}
