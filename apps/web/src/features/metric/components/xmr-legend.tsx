import type { ReactNode } from 'react';
import { CommentMarker, XmrPointMarker, xmrLineColours } from './xmr-markers';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg
      className="app-legend__swatch"
      width="48"
      height="24"
      viewBox="0 0 48 24"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

function LineSample({
  colour,
  dash,
  width = 2,
}: {
  colour: string;
  dash?: string;
  width?: number;
}) {
  return (
    <line
      x1="2"
      y1="12"
      x2="46"
      y2="12"
      stroke={colour}
      strokeWidth={width}
      strokeDasharray={dash}
    />
  );
}

interface XmrLegendProps {
  showTwoSigma: boolean;
  hasRebase: boolean;
  hasCommentary: boolean;
}

/** The XmR chart's key as HTML text. Kept beside xmr-chart.tsx's styles, which it mirrors. */
export function XmrLegend({ showTwoSigma, hasRebase, hasCommentary }: XmrLegendProps) {
  return (
    <ul className="app-legend" aria-label="Key" data-testid="xmr-legend">
      <li className="app-legend__item">
        <Swatch>
          <LineSample colour={xmrLineColours.actual} />
          <XmrPointMarker kind="common" cx={24} cy={12} />
        </Swatch>
        <span>Actual: common cause</span>
      </li>
      <li className="app-legend__item">
        <Swatch>
          <XmrPointMarker kind="improvement" cx={24} cy={13} />
        </Swatch>
        <span>Special cause: improvement (triangle)</span>
      </li>
      <li className="app-legend__item">
        <Swatch>
          <XmrPointMarker kind="concern" cx={24} cy={12} />
        </Swatch>
        <span>Special cause: concern (diamond)</span>
      </li>
      <li className="app-legend__item">
        <Swatch>
          <LineSample colour={xmrLineColours.mean} />
        </Swatch>
        <span>Mean</span>
      </li>
      <li className="app-legend__item">
        <Swatch>
          <LineSample colour={xmrLineColours.limit} dash="8 4" />
        </Swatch>
        <span>Process limits</span>
      </li>
      {showTwoSigma ? (
        <li className="app-legend__item">
          <Swatch>
            <LineSample colour={xmrLineColours.twoSigma} dash="2 4" width={1.5} />
          </Swatch>
          <span>2-sigma lines</span>
        </li>
      ) : null}
      <li className="app-legend__item">
        <Swatch>
          <LineSample colour={xmrLineColours.forecast} dash="10 5" width={2.5} />
        </Swatch>
        <span>Forecast (business case)</span>
      </li>
      {hasRebase ? (
        <li className="app-legend__item">
          <Swatch>
            <line x1="24" y1="1" x2="24" y2="23" stroke={xmrLineColours.rebase} strokeWidth="3" />
          </Swatch>
          <span>Rebase: limits start again</span>
        </li>
      ) : null}
      {hasCommentary ? (
        <li className="app-legend__item">
          <Swatch>
            <CommentMarker cx={24} cy={12} n={1} />
          </Swatch>
          <span>Commentary, numbered as in the table</span>
        </li>
      ) : null}
    </ul>
  );
}
