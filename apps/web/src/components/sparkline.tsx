interface SparklineProps {
  values: readonly number[];
  width?: number;
  height?: number;
}

/**
 * A tiny trend line. Decorative: hidden from assistive technology, because the same actuals are
 * in the metric page's table.
 */
export function Sparkline({ values, width = 96, height = 28 }: SparklineProps) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 3;
  const step = (width - pad * 2) / (values.length - 1);
  const points = values.map((value, index) => {
    const x = pad + index * step;
    const y = pad + (height - pad * 2) * (1 - (value - min) / span);
    return [x, y] as const;
  });
  const last = points[points.length - 1];
  return (
    <svg
      className="app-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline
        points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke="#00625e"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      {last ? <circle cx={last[0]} cy={last[1]} r="2.5" fill="#00625e" /> : null}
    </svg>
  );
}
