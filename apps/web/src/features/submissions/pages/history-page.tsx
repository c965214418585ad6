// Every submission, newest first: who, when, how (file name and size, form, pack), what changed.
import type { SubmissionSummary } from '@outcomes/contract';
import { Link, useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { DataTable, type Column } from '../../../components/data-table';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { PageError } from '../../../components/page-error';
import { paths } from '../../../lib/paths';
import { useSubmissions } from '../api/get-submissions';
import { formatDateTime } from '../lib/date-time';
import { submissionAgency, submissionHow } from '../lib/submission-how';
import { submissionPaths } from '../lib/submission-paths';

export function HistoryPage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const list = useSubmissions(programmeId);
  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
    { text: 'Returns', to: submissionPaths.returns(programmeId) },
  ];
  const title = ['Submission history', programme.data?.name];

  const columns: Column<SubmissionSummary>[] = [
    {
      key: 'createdAt',
      header: 'When',
      rowHeader: true,
      value: (s) => s.createdAt,
      render: (s) => (
        <Link
          className="govuk-link"
          to={submissionPaths.submission(programmeId, s.id)}
          data-testid={`submission-link-${s.id}`}
        >
          {formatDateTime(s.createdAt)}
          <span className="govuk-visually-hidden">: submission {s.id}</span>
        </Link>
      ),
    },
    { key: 'submittedBy', header: 'Who', render: (s) => s.submittedBy.label },
    { key: 'partnerName', header: 'Agency', render: (s) => submissionAgency(s) },
    { key: 'how', header: 'How', render: (s) => submissionHow(s) },
    { key: 'rows', header: 'Rows', numeric: true, value: (s) => s.rows, render: (s) => s.rows },
    {
      key: 'created',
      header: 'New',
      numeric: true,
      value: (s) => s.created,
      render: (s) => s.created,
    },
    {
      key: 'revised',
      header: 'Revised',
      numeric: true,
      value: (s) => s.revised,
      render: (s) => s.revised,
    },
    {
      key: 'unchanged',
      header: 'Unchanged',
      numeric: true,
      value: (s) => s.unchanged,
      render: (s) => s.unchanged,
    },
  ];

  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <span className="govuk-caption-l">{programme.data?.name}</span>
      <h1 className="govuk-heading-l">Submission history</h1>
      <p className="govuk-body">
        Every upload and entry of figures, newest first. Nothing is overwritten: a corrected figure
        is a new revision and every earlier one is kept, with the file it came from.
      </p>
      {list.isError ? (
        <PageError error={list.error} />
      ) : !list.data ? (
        <Loading what="the submissions" />
      ) : (
        <DataTable
          caption="Submissions"
          captionHidden
          columns={columns}
          rows={list.data.submissions}
          rowKey={(s) => String(s.id)}
          rowTestId={(s) => `submission-row-${s.id}`}
          empty="No figures have been submitted yet."
        />
      )}
    </Page>
  );
}
