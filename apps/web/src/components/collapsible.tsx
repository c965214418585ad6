// A GOV.UK details element: a long table or a form kept one click away, so the page leads with
// its headline and chart. Closed by default; the summary says what is inside and how much.
import type { ReactNode } from 'react';

export function Collapsible({
  summary,
  children,
  open = false,
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  testId?: string;
}) {
  return (
    <details className="govuk-details" open={open} data-testid={testId}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text app-details-wide">{children}</div>
    </details>
  );
}
