import { useEffect, useRef } from 'react';
import { ApiError } from '../lib/api-client';
import { friendlyApiMessage } from '../lib/friendly-error';

interface ErrorPanelProps {
  error: unknown;
  title?: string;
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) return friendlyApiMessage(error, error.message);
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again later.';
}

/**
 * An error from the API in the GOV.UK error summary style, showing the API's own message.
 * Focused when it appears so screen reader and keyboard users are taken to it.
 */
export function ErrorPanel({ error, title = 'There is a problem' }: ErrorPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const status = error instanceof ApiError && error.status > 0 ? error.status : undefined;
  const code = error instanceof ApiError ? error.code : undefined;

  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      data-testid="error-panel"
      data-status={status}
      data-code={code}
    >
      <h2 className="govuk-error-summary__title">{title}</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body" data-testid="error-message">
          {messageOf(error)}
        </p>
      </div>
    </div>
  );
}
