// What the strand's sponsor owes: each metric whose latest period with a figure has no story
// behind the curve yet, linking to the metric page's commentary form. Shown to the sponsor (and
// admins) only; a sponsor of several strands also gets links to the others.
import type { Me } from '@outcomes/contract';
import { Link } from 'react-router';
import { useBoardSummary } from '../../../api/get-board-summary';
import { useMe } from '../../../api/get-me';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { hasRole } from '../../../lib/roles';
import { paths } from '../../../lib/paths';
import { withAsOf } from '../../../lib/use-as-of';

interface CommentaryDueProps {
  programmeId: string;
  strandId: string;
  strandNames: ReadonlyMap<string, string>;
  /** The URL's as-of date. */
  asOf: string | undefined;
}

const otherStrands = (me: Me | null | undefined, programmeId: string, strandId: string) => [
  ...new Set(
    (me?.roles ?? [])
      .filter((g) => g.programmeId === programmeId && g.role === 'sponsor')
      .flatMap((g) => g.strandIds)
      .filter((id) => id !== strandId),
  ),
];

export function CommentaryDue({ programmeId, strandId, strandNames, asOf }: CommentaryDueProps) {
  const me = useMe();
  const canWrite = hasRole(me.data, programmeId, ['sponsor', 'admin'], { strandId });
  const summary = useBoardSummary(programmeId, canWrite ? strandId : undefined, asOf);
  if (!canWrite) return null;
  const others = otherStrands(me.data, programmeId, strandId);
  const due = (summary.data?.metrics ?? []).filter(
    (m) =>
      m.strandId === strandId &&
      m.latestActual !== null &&
      m.latestCommentary?.periodStart !== m.latestActual.periodStart,
  );
  return (
    <section
      className="govuk-notification-banner"
      aria-labelledby="commentary-due-title"
      id="commentary-due"
      data-testid="commentary-due"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="commentary-due-title">
          Your commentary
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {summary.isError ? (
          <ErrorPanel error={summary.error} title="What you owe could not be shown" />
        ) : !summary.data ? (
          <Loading what="the commentary due" />
        ) : due.length === 0 ? (
          <p className="govuk-body" data-testid="commentary-due-none">
            Every metric of this strand has a story for its latest figure.
          </p>
        ) : (
          <>
            <p className="govuk-notification-banner__heading" data-testid="commentary-due-count">
              {due.length} {due.length === 1 ? 'metric needs' : 'metrics need'} the story behind the
              latest figure
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {due.map((m) => (
                <li key={m.id} data-testid={`commentary-due-${m.id}`}>
                  <Link
                    className="govuk-notification-banner__link"
                    to={`${withAsOf(paths.metric(programmeId, m.id), asOf)}#commentary`}
                  >
                    {m.name}
                  </Link>
                  : {m.latestActual?.label}
                </li>
              ))}
            </ul>
          </>
        )}
        {others.length > 0 ? (
          <p className="govuk-body">
            Your other strands:{' '}
            {others.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                <Link
                  className="govuk-notification-banner__link"
                  to={`${withAsOf(paths.strand(programmeId, id), asOf)}#commentary-due`}
                >
                  {strandNames.get(id) ?? id}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </section>
  );
}
