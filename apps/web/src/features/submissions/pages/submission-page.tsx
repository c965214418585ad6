// One submission: who made it, when, from which file (downloadable as it came), and every row
// it brought with what it did.
import type { SubmissionRow } from '@outcomes/contract';
import { Link, useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { DataTable, type Column } from '../../../components/data-table';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { PageError } from '../../../components/page-error';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useSubmission } from '../api/get-submissions';
import { formatDateTime } from '../lib/date-time';
import { submissionAgency, submissionHow } from '../lib/submission-how';
import { submissionPaths } from '../lib/submission-paths';

const OUTCOMES: Record<SubmissionRow['outcome'], string> = {
  created: 'New figure',
  revised: 'Revised',
  unchanged: 'Unchanged',
};

export function SubmissionPage() {
  const { programmeId = '', submissionId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const detail = useSubmission(programmeId, submissionId);
  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
    { text: 'Returns', to: submissionPaths.returns(programmeId) },
    { text: 'Submission history', to: submissionPaths.history(programmeId) },
  ];
  const title = [`Submission ${submissionId}`, programme.data?.name];

  if (detail.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError error={detail.error} notFoundTitle="Submission not found" />
      </Page>
    );
  }
  if (!detail.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the submission" />
      </Page>
    );
  }
  const { submission: s, rows } = detail.data;
  const rowWord = s.source === 'form' ? 'Figure' : 'Row';
  const columns: Column<SubmissionRow>[] = [
    { key: 'row', header: rowWord, rowHeader: true, value: (r) => r.row, render: (r) => r.row },
    {
      key: 'metricName',
      header: 'Metric',
      render: (r) => (
        <Link className="govuk-link" to={submissionPaths.metric(programmeId, r.metricId)}>
          {r.metricName}
        </Link>
      ),
    },
    {
      key: 'periodStart',
      header: 'Period',
      nowrap: true,
      value: (r) => r.periodStart,
      render: (r) => r.periodLabel,
    },
    {
      key: 'value',
      header: 'Figure',
      numeric: true,
      value: (r) => r.value,
      render: (r) => formatNumber(r.value),
    },
    {
      key: 'previousValue',
      header: 'Before',
      numeric: true,
      value: (r) => r.previousValue,
      render: (r) => (r.previousValue === null ? '—' : formatNumber(r.previousValue)),
    },
    {
      key: 'outcome',
      header: 'Result',
      value: (r) => r.outcome,
      render: (r) => (
        <>
          {OUTCOMES[r.outcome]}
          {r.outcome === 'unchanged' ? '' : ` (revision ${r.revision})`}{' '}
          <Link
            className="govuk-link"
            to={submissionPaths.revisions(programmeId, r.metricId, r.periodStart)}
          >
            all revisions
            <span className="govuk-visually-hidden">
              {' '}
              of {r.metricName}, {r.periodLabel}
            </span>
          </Link>
        </>
      ),
    },
    { key: 'note', header: 'Note', render: (r) => r.note ?? '' },
    {
      key: 'warnings',
      header: 'Warnings confirmed',
      render: (r) => (r.warnings.length === 0 ? 'None' : r.warnings.join('; ')),
    },
  ];
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <span className="govuk-caption-l">{programme.data?.name}</span>
      <h1 className="govuk-heading-l">Submission {s.id}</h1>
      <dl className="govuk-summary-list" data-testid="submission-summary">
        {(
          [
            ['Submitted by', s.submittedBy.label],
            ['When', formatDateTime(s.createdAt)],
            ['Agency', submissionAgency(s)],
            ['How', submissionHow(s)],
            ['Rows', `${s.rows}: ${s.created} new, ${s.revised} revised, ${s.unchanged} unchanged`],
            ...(s.fileSha256 ? [['File fingerprint (SHA-256)', s.fileSha256] as const] : []),
          ] as const
        ).map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value app-break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {s.hasFile ? (
        <p className="govuk-body">
          <a
            className="govuk-link"
            href={submissionPaths.file(programmeId, s.id)}
            download
            data-testid="submission-file-download"
          >
            Download the original file ({s.fileName})
          </a>
        </p>
      ) : null}
      <DataTable
        caption={`The ${rows.length} ${rows.length === 1 ? 'row' : 'rows'} it brought`}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.row)}
        rowTestId={(r) => `submission-row-${r.metricId}-${r.periodStart}`}
      />
    </Page>
  );
}
