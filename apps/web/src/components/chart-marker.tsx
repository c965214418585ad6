import type { MarkerShape } from './chart-series';

interface ChartMarkerProps {
  shape: MarkerShape;
  cx: number;
  cy: number;
  colour: string;
  size?: number;
}

/** A point marker: filled circle, hollow square or filled triangle. Pure SVG, no chart library. */
export function ChartMarker({ shape, cx, cy, colour, size = 8 }: ChartMarkerProps) {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} fill={colour} stroke={colour} strokeWidth={1} />;
    case 'square':
      return (
        <rect
          x={cx - r}
          y={cy - r}
          width={size}
          height={size}
          fill="#ffffff"
          stroke={colour}
          strokeWidth={2}
        />
      );
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}
          fill={colour}
          stroke={colour}
          strokeWidth={1}
        />
      );
    case 'none':
      return null;
  }
}
