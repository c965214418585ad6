import type { BusinessCaseRef } from '@outcomes/contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../lib/format';
import { paths } from '../lib/paths';
import { AsOfControl } from './as-of-control';

interface ProgrammePageHeadingProps {
  caption?: ReactNode;
  title: string;
  /** The date the API worked the figures out at (its `asOf`). */
  asOf: string | undefined;
  /** The business-case version the figures are judged against, with the programme it is of. */
  against?: { programmeId: string; businessCase: BusinessCaseRef };
  children?: ReactNode;
}

/**
 * h1, "Figures as of …", the business-case version the figures are against (where given) and the
 * as-of control, at the top of every programme page.
 */
export function ProgrammePageHeading({
  caption,
  title,
  asOf,
  against,
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
        {against?.businessCase ? (
          <p
            className="govuk-body"
            data-testid="business-case-against"
            data-value={against.businessCase.version}
          >
            Against:{' '}
            <Link className="govuk-link" to={paths.businessCaseVersions(against.programmeId)}>
              v{against.businessCase.version} {against.businessCase.name}
            </Link>
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
