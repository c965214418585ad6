import type { ReactNode } from 'react';

interface KeyFiguresProps {
  children: ReactNode;
}

/** A grid of headline figures, marked up as a description list (label → value). */
export function KeyFigures({ children }: KeyFiguresProps) {
  return <dl className="app-key-figures">{children}</dl>;
}

interface SummaryCardProps {
  label: string;
  /** The figure as shown. */
  children: ReactNode;
  /** The API's raw value, kept in `data-value` so tests and tools can read the exact number. */
  value: string | number | null;
  testId: string;
  hint?: ReactNode;
}

export function SummaryCard({ label, children, value, testId, hint }: SummaryCardProps) {
  return (
    <div className="app-key-figure">
      <dt className="app-key-figure__label">{label}</dt>
      <dd className="app-key-figure__value" data-testid={testId} data-value={value ?? ''}>
        {children}
        {hint ? <span className="app-key-figure__hint">{hint}</span> : null}
      </dd>
    </div>
  );
}
