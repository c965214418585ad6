import { useEffect, useRef } from 'react';

export interface FormError {
  /** The id of the field at fault; the summary links to it. Omitted for a form-wide problem. */
  fieldId?: string;
  message: string;
}

/**
 * The GOV.UK error summary: every problem, each linking to its field (or to its row in a table of
 * problems below). Takes focus when it appears so keyboard and screen reader users hear what to
 * fix. An upload's summary leads with the API's own sentence (`message`) and lists the first
 * `limit` problems, the table below holding them all.
 */
export function FormErrorSummary({
  errors,
  message,
  limit,
  testId,
  itemTestId,
  focusKey,
}: {
  errors: readonly FormError[];
  message?: string | undefined;
  limit?: number;
  testId?: string | undefined;
  itemTestId?: string | undefined;
  /**
   * What, when it changes, means new problems to hear (so the summary takes focus again); the
   * `errors` themselves by default. A caller that derives `errors` on each render passes what
   * it derives them from, so typing elsewhere on the page does not pull focus back here.
   */
  focusKey?: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = limit === undefined ? errors : errors.slice(0, limit);
  const focusOn = focusKey ?? errors;
  useEffect(() => {
    if (errors.length > 0 || message) ref.current?.focus();
    // Only new problems (or a new sentence) move focus, not every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusOn, message]);
  if (errors.length === 0 && !message) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-testid={testId}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {message ? <p className="govuk-body">{message}</p> : null}
          {shown.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {shown.map((e, index) => (
                <li key={`${index}-${e.fieldId ?? 'form'}-${e.message}`} data-testid={itemTestId}>
                  {e.fieldId ? (
                    <a
                      href={`#${e.fieldId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(e.fieldId ?? '')?.focus();
                      }}
                    >
                      {e.message}
                    </a>
                  ) : (
                    e.message
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {errors.length > shown.length ? (
            <p className="govuk-body">
              And {errors.length - shown.length} more: every problem is in the table below.
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
