// Every revision of one figure: what it said, who returned it, when, from which submission.
import type { ActualRevision } from '@outcomes/contract';
import { Link, useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { DataTable, type Column } from '../../../components/data-table';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { PageError } from '../../../components/page-error';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useRevisions } from '../api/get-submissions';
import { formatDateTime } from '../lib/date-time';
import { submissionPaths } from '../lib/submission-paths';

export function RevisionsPage() {
  const { programmeId = '', metricId = '', periodStart = '' } = useParams();
  const programme = useProgramme(programmeId);
  const list = useRevisions(programmeId, metricId, periodStart);
  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
    { text: 'Returns', to: submissionPaths.returns(programmeId) },
    { text: 'Submission history', to: submissionPaths.history(programmeId) },
  ];
  const title = ['Revisions', metricId, programme.data?.name];
  const columns: Column<ActualRevision>[] = [
    {
      key: 'revision',
      header: 'Revision',
      rowHeader: true,
      value: (r) => r.revision,
      render: (r) => (r.current ? `${r.revision} (current)` : r.revision),
    },
    {
      key: 'value',
      header: 'Figure',
      numeric: true,
      value: (r) => r.value,
      render: (r) => formatNumber(r.value),
    },
    { key: 'note', header: 'Note', render: (r) => r.note ?? '' },
    {
      key: 'recordedAt',
      header: 'Recorded',
      value: (r) => r.recordedAt,
      render: (r) => formatDateTime(r.recordedAt),
    },
    { key: 'submittedBy', header: 'By', render: (r) => r.submittedBy.label },
    {
      key: 'submissionId',
      header: 'Submission',
      value: (r) => r.submissionId,
      render: (r) => (
        <Link className="govuk-link" to={submissionPaths.submission(programmeId, r.submissionId)}>
          {r.submissionId}
          {r.fileName ? ` (${r.fileName})` : ''}
        </Link>
      ),
    },
  ];
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      {list.isError ? (
        <PageError error={list.error} notFoundTitle="Figure not found" />
      ) : !list.data ? (
        <Loading what="the revisions" />
      ) : (
        <>
          <span className="govuk-caption-l">{list.data.periodLabel}</span>
          <h1 className="govuk-heading-l">
            Revisions of{' '}
            <Link className="govuk-link" to={submissionPaths.metric(programmeId, metricId)}>
              {metricId}
            </Link>
          </h1>
          <DataTable
            caption={`Every figure returned for ${list.data.periodLabel}, oldest first`}
            columns={columns}
            rows={list.data.revisions}
            rowKey={(r) => String(r.revision)}
            rowTestId={(r) => `revision-${r.revision}`}
            empty="No figure has been returned for this period."
          />
        </>
      )}
    </Page>
  );
}
