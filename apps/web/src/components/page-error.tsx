import { Link } from 'react-router';
import { ApiError } from '../lib/api-client';
import { AsOfControl } from './as-of-control';
import { ErrorPanel } from './error-panel';

interface PageErrorProps {
  error: unknown;
  /** The h1 when the API says the thing asked for does not exist, e.g. "Strand not found". */
  notFoundTitle?: string;
  backTo?: { text: string; to: string };
  /** On programme pages a 400 is usually a bad `asOf`: offer the control to fix it. */
  offerAsOf?: boolean;
}

/** The body of a page whose data could not be loaded: an h1 and the API's message. */
export function PageError({
  error,
  notFoundTitle = 'Page not found',
  backTo,
  offerAsOf = false,
}: PageErrorProps) {
  const status = error instanceof ApiError ? error.status : undefined;
  const title =
    status === 404
      ? notFoundTitle
      : status === 400
        ? 'The figures could not be shown'
        : status === 403
          ? 'You do not have permission to see this page'
          : 'Sorry, there is a problem with the service';
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <ErrorPanel error={error} />
      {offerAsOf && status === 400 ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <AsOfControl />
          </div>
        </div>
      ) : null}
      {backTo ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={backTo.to}>
            {backTo.text}
          </Link>
        </p>
      ) : null}
    </>
  );
}
