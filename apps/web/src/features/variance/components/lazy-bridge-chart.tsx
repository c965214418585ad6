import { lazy, Suspense } from 'react';
import type { BridgeChartProps } from './bridge-chart';

const BridgeChart = lazy(() => import('./bridge-chart'));

/** The waterfall, loaded on demand; the table below it is the accessible alternative. */
export function LazyBridgeChart(props: BridgeChartProps) {
  return (
    <div className="app-chart">
      <Suspense fallback={<div className="app-chart__loading">Loading chart…</div>}>
        <BridgeChart {...props} />
      </Suspense>
    </div>
  );
}
