import type { ReactNode } from 'react';
import { formatDate } from '../lib/format';
import { AsOfControl } from './as-of-control';

interface ProgrammePageHeadingProps {
  caption?: ReactNode;
  title: string;
  /** The date the API worked the figures out at (its `asOf`). */
  asOf: string | undefined;
  children?: ReactNode;
}

/** h1, "Figures as of …" and the as-of control, at the top of every programme page. */
export function ProgrammePageHeading({
  caption,
  title,
  asOf,
  children,
}: ProgrammePageHeadingProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {caption ? <span className="app-caption">{caption}</span> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        {asOf ? (
          <p className="govuk-body-l" data-testid="as-of-text" data-value={asOf}>
            Figures as of <strong>{formatDate(asOf)}</strong>
          </p>
        ) : null}
        {children}
      </div>
      <div className="govuk-grid-column-one-third">
        <AsOfControl />
      </div>
    </div>
  );
}
