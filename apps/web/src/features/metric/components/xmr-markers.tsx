// Point markers of the XmR chart: shape and colour both say what a point is, so the chart reads
// without colour (WCAG 1.4.1). Shared by the chart and its HTML key.
import type { SpcSignal } from '@outcomes/contract';
import { chartColours } from '../../../components/chart-series';
import { spcColours } from '../../../components/spc-icons';

/** The chart's lines, shared with its HTML key. */
export const xmrLineColours = {
  actual: '#505a5f',
  mean: '#0b0c0c',
  limit: '#0b0c0c',
  twoSigma: '#505a5f',
  forecast: chartColours.purple,
  rebase: '#0b0c0c',
} as const;

export type XmrPointKind = SpcSignal | 'common';

export const xmrPointColour: Record<XmrPointKind, string> = {
  improvement: spcColours.improvement,
  concern: spcColours.concern,
  common: spcColours.neutral,
};

/** Improvement: triangle. Concern: diamond. Common cause: small circle. */
export function XmrPointMarker({ kind, cx, cy }: { kind: XmrPointKind; cx: number; cy: number }) {
  const colour = xmrPointColour[kind];
  switch (kind) {
    case 'improvement':
      return (
        <polygon
          points={`${cx},${cy - 7} ${cx + 7},${cy + 5} ${cx - 7},${cy + 5}`}
          fill={colour}
          stroke="#ffffff"
          strokeWidth={1}
          data-signal={kind}
        />
      );
    case 'concern':
      return (
        <polygon
          points={`${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`}
          fill={colour}
          stroke="#ffffff"
          strokeWidth={1}
          data-signal={kind}
        />
      );
    case 'common':
      return <circle cx={cx} cy={cy} r={3.5} fill={colour} data-signal={kind} />;
  }
}

/** A commentary marker: its number in a ring, as in the table's comment column. */
export function CommentMarker({
  cx,
  cy,
  n,
  periodStart,
}: {
  cx: number;
  cy: number;
  n: number;
  periodStart?: string;
}) {
  return (
    <g data-testid={periodStart ? 'xmr-comment-marker' : undefined} data-period={periodStart}>
      <circle cx={cx} cy={cy} r={10} fill="#ffffff" stroke="#0b0c0c" strokeWidth={2} />
      <text
        x={cx}
        y={cy + 4.5}
        textAnchor="middle"
        fontSize={13}
        fontWeight={700}
        fontFamily="arial, sans-serif"
        fill="#0b0c0c"
      >
        {n}
      </text>
    </g>
  );
}
