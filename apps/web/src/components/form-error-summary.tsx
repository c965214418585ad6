import { useEffect, useRef } from 'react';

export interface FormError {
  /** The id of the field at fault; the summary links to it. Omitted for a form-wide problem. */
  fieldId?: string;
  message: string;
}

/**
 * The GOV.UK error summary for a form: every problem, each linking to its field. Takes focus when
 * it appears so keyboard and screen reader users hear what to fix.
 */
export function FormErrorSummary({
  errors,
  testId,
}: {
  errors: readonly FormError[];
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-testid={testId}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={`${e.fieldId ?? 'form'}-${e.message}`}>
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
        </div>
      </div>
    </div>
  );
}
