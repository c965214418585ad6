// A GOV.UK details element: a long table or a form kept one click away, so the page leads with
// its headline and chart. Closed unless `open`; the summary says what is inside and how much.
import { useState, type ReactNode } from 'react';

export function Collapsible({
  summary,
  children,
  open = false,
  lazy = false,
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  /**
   * Renders the children only once opened: for a long list of forms (a programme's hundreds of
   * cost lines), so the page does not build thousands of fields nobody has asked for.
   */
  lazy?: boolean;
  testId?: string;
}) {
  // `open` is where it starts: after that the reader decides, so a form that was due and has just
  // been saved stays open to show its confirmation.
  const [isOpen, setOpen] = useState(open);
  // Once opened, a lazy disclosure keeps its children (a closed form keeps what was typed).
  const [opened, setOpened] = useState(open);
  return (
    <details
      className="govuk-details"
      open={isOpen}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        if (event.currentTarget.open) setOpened(true);
      }}
      data-testid={testId}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text app-details-wide">
        {!lazy || opened ? children : null}
      </div>
    </details>
  );
}
