import { lazy, Suspense } from 'react';
import type { FinanceBarChartProps } from './bar-chart';

const FinanceBarChart = lazy(() => import('./bar-chart'));

/** The bar chart, loaded on demand; the table beside it is the accessible alternative. */
export function LazyBarChart(props: FinanceBarChartProps) {
  return (
    <div className="app-chart">
      <Suspense fallback={<div className="app-chart__loading">Loading chart…</div>}>
        <FinanceBarChart {...props} />
      </Suspense>
    </div>
  );
}
