import { lazy, Suspense } from 'react';
import type { XmrChartProps } from './xmr-chart';

const XmrChart = lazy(() => import('./xmr-chart'));

/** The XmR chart, loaded on demand; the table below it is the accessible alternative. */
export function LazyXmrChart(props: XmrChartProps) {
  return (
    <div className="app-chart" data-testid="xmr-chart">
      <Suspense fallback={<div className="app-chart__loading">Loading chart…</div>}>
        <XmrChart {...props} />
      </Suspense>
    </div>
  );
}
