import type { CommentaryEntry, CommentaryRevision } from '@outcomes/contract';
import { Story } from '../../../components/story';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

function Byline({ revision }: { revision: CommentaryRevision }) {
  return (
    <p className="govuk-body-s app-secondary-text">
      Revision {revision.revision} by {revision.author.name},{' '}
      <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
      {revision.public ? (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--blue" data-testid="commentary-public-tag">
            Public
          </strong>
        </>
      ) : null}
    </p>
  );
}

/**
 * Every period's story behind the curve, numbered as on the chart, with its earlier revisions
 * kept behind a "details" toggle.
 */
export function CommentaryList({
  entries,
  numbers,
}: {
  entries: readonly CommentaryEntry[];
  numbers: ReadonlyMap<string, number>;
}) {
  if (entries.length === 0) {
    return (
      <p className="govuk-body" data-testid="commentary-none">
        No commentary has been written for this metric yet.
      </p>
    );
  }
  return (
    <ol className="app-commentary" data-testid="commentary-list">
      {entries.map((entry) => {
        const earlier = entry.revisions.slice(1);
        return (
          <li
            key={entry.periodStart}
            className="app-commentary__entry"
            data-testid={`commentary-${entry.periodStart}`}
          >
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              <span className="app-comment-number">{numbers.get(entry.periodStart)}</span>{' '}
              {entry.label}
            </h3>
            <Byline revision={entry.current} />
            <Story story={entry.current} />
            {earlier.length > 0 ? (
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">
                    Earlier revisions ({earlier.length})
                  </span>
                </summary>
                <div className="govuk-details__text">
                  {earlier.map((r) => (
                    <div key={r.id} className="app-commentary__revision">
                      <Byline revision={r} />
                      <Story story={r} />
                    </div>
                  ))}
                </div>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
