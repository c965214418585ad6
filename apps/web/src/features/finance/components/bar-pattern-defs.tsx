import { patternId, type BarSeries } from './bar-series';

/** SVG patterns for hatched and dotted bars (solid bars need none). */
export function BarPatternDefs({
  chartId,
  series,
}: {
  chartId: string;
  series: readonly BarSeries[];
}) {
  return (
    <defs>
      {series.map((s) =>
        s.pattern === 'hatched' ? (
          <pattern
            key={s.key}
            id={patternId(chartId, s.key)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#ffffff" />
            <rect width="4" height="8" fill={s.colour} />
          </pattern>
        ) : s.pattern === 'dotted' ? (
          <pattern
            key={s.key}
            id={patternId(chartId, s.key)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <circle cx="3" cy="3" r="2" fill={s.colour} />
          </pattern>
        ) : null,
      )}
    </defs>
  );
}

export const barFill = (chartId: string, s: BarSeries) =>
  s.pattern === 'solid' ? s.colour : `url(#${patternId(chartId, s.key)})`;
