/** A loading message in a live region, so screen readers hear it. */
export function Loading({ what }: { what?: string }) {
  return (
    <p className="govuk-body" role="status" aria-live="polite" data-testid="loading">
      Loading{what ? ` ${what}` : ''}…
    </p>
  );
}
