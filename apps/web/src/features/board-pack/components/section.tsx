// The building blocks of the board pack's sections. Each h2 starts a printed page and is one
// bookmark of the PDF's outline; nothing below an h2 is a heading, so the outline is one entry per
// section and strand.
import type { ReactNode } from 'react';
import { NoValue } from '../../../components/no-value';
import { formatNumber } from '../../../lib/format';

export function Section({
  id,
  caption,
  title,
  children,
  testId,
  flow = false,
}: {
  id: string;
  /** Above the heading; also keeps the heading from being the section's first child, which
   *  Chromium's PDF outline otherwise titles twice ("SummarySummary"). */
  caption: string;
  title: string;
  children: ReactNode;
  testId?: string;
  /** Printed straight after the section before it rather than on a new page (short annexes). */
  flow?: boolean;
}) {
  return (
    <section
      className={`app-board-pack__section${flow ? ' app-board-pack__section--flow' : ''}`}
      aria-labelledby={`${id}-heading`}
      data-testid={testId ?? id}
    >
      <p className="app-caption app-board-pack__caption">{caption}</p>
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Part({ title, children }: { title: string; children: ReactNode }) {
  // Not a heading: a bold lead-in, so the PDF outline holds sections and strands only.
  return (
    <div className="app-board-pack__part">
      <p className="govuk-body govuk-!-font-weight-bold app-board-pack__part-title">{title}</p>
      {children}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="govuk-body">{children}</p>;
}

export function valueWithUnit(value: number | null | undefined, unit: string): ReactNode {
  if (value === null || value === undefined) return <NoValue />;
  return `${formatNumber(value)} ${unit}`;
}
