// Upload a CSV or Excel file of figures: real progress while it uploads and is checked, every
// problem listed if it is refused, figures that may be wrong shown for confirmation, and what was
// stored once it is.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { paths } from '../../../lib/paths';
import type { SubmissionOutcome } from '../api/submission-outcome';
import { uploadFile, type UploadPhase } from '../api/upload-file';
import { useRefreshFigures } from '../api/use-refresh-figures';
import { useSubmitter } from '../api/use-submitter';
import { ResultPanel } from '../components/result-panel';
import { ProblemsTable, SubmissionErrors } from '../components/submission-errors';
import { UploadProgress } from '../components/upload-progress';
import { WarningsPanel } from '../components/warnings-panel';
import { formatBytes } from '../lib/format-bytes';
import { submissionPaths } from '../lib/submission-paths';
import { FileUploadField } from '../../../components/file-upload-field';
import { SubmitButton } from '../../../components/submit-button';

/** The API's limit (contract SUBMISSION_MAX_BYTES), checked here too to save a long upload. */
const MAX_BYTES = 5 * 1024 * 1024;
const FILE_INPUT_ID = 'upload-file';

export function UploadPage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const submitter = useSubmitter(programmeId);
  const refresh = useRefreshFigures(programmeId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [outcome, setOutcome] = useState<SubmissionOutcome | null>(null);

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
    { text: 'Returns', to: submissionPaths.returns(programmeId) },
  ];
  const title = ['Upload figures', programme.data?.name];
  const busy = phase !== null;

  async function send(chosen: File, confirm: boolean) {
    setOutcome(null);
    setPhase({ phase: 'uploading', loaded: 0, total: chosen.size });
    const answer = await uploadFile({
      programmeId,
      file: chosen,
      confirm,
      csrfToken: submitter.csrfToken,
      onProgress: setPhase,
    });
    setPhase(null);
    setOutcome(answer);
    if (answer.kind === 'stored') {
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
      await refresh();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    if (!file) {
      setInputError('Choose a CSV or Excel file to upload');
      return;
    }
    if (file.size > MAX_BYTES) {
      setInputError(
        `The file is ${formatBytes(file.size)}: it must be 5 MB or smaller. Split it into smaller files (for example one per quarter).`,
      );
      return;
    }
    setInputError(null);
    void send(file, false);
  }

  if (!submitter.me || !programme.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the upload form" />
      </Page>
    );
  }
  if (!submitter.canSubmit) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <h1 className="govuk-heading-l">Upload figures</h1>
        <p className="govuk-body" data-testid="upload-not-allowed">
          Only the programme&rsquo;s data officers and admins can return figures.{' '}
          <Link className="govuk-link" to={submissionPaths.returns(programmeId)}>
            See what is owed
          </Link>
          .
        </p>
      </Page>
    );
  }

  const refused = outcome?.kind === 'refused' ? outcome : null;
  const fieldError = inputError ?? (refused ? 'Correct the file and upload it again' : null);
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          {inputError ? (
            <SubmissionErrors
              message=""
              errors={[{ row: null, column: null, value: null, message: inputError }]}
              linkFor={() => FILE_INPUT_ID}
            />
          ) : null}
          {refused ? <SubmissionErrors message={refused.message} errors={refused.errors} /> : null}
          <span className="govuk-caption-l">{programme.data.name}</span>
          <h1 className="govuk-heading-l">Upload figures</h1>
          {outcome?.kind === 'stored' ? (
            <ResultPanel programmeId={programmeId} result={outcome.result} />
          ) : null}
          <p className="govuk-body">
            Upload a CSV or Excel (.xlsx) file with the columns <code>metric_id</code>,{' '}
            <code>period_start</code>, <code>value</code> and <code>note</code>: a header row, then
            a row for each figure. Every row is checked before anything is stored; if any is wrong,
            nothing is. A figure that differs from the one already held is stored as a new revision,
            and the earlier one is kept.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={submissionPaths.returns(programmeId)}>
              Download a template
            </Link>{' '}
            with the figures your agency owes already listed.
          </p>
          <form onSubmit={handleSubmit} noValidate data-testid="upload-form">
            <FileUploadField
              id={FILE_INPUT_ID}
              label="Choose a file"
              hint="CSV (UTF-8) or Excel .xlsx, up to 5 MB. Dates as 2013-04-01 or 01/04/2013 (day first)."
              error={fieldError}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              testId="upload-file-input"
              inputRef={inputRef}
              onChoose={(chosen) => {
                setFile(chosen);
                setInputError(null);
              }}
            />
            <SubmitButton pending={busy} testId="upload-submit">
              Upload and check
            </SubmitButton>
          </form>
          {phase && file ? <UploadProgress fileName={file.name} phase={phase} /> : null}
          {refused ? (
            <ProblemsTable
              errors={refused.errors}
              caption={`Problems in ${file?.name ?? 'the file'}`}
            />
          ) : null}
          {outcome?.kind === 'confirm' && file ? (
            <WarningsPanel
              message={outcome.message}
              warnings={outcome.warnings}
              counts={outcome.counts}
              busy={busy}
              onConfirm={() => void send(file, true)}
              onCorrect={() => {
                setOutcome(null);
                inputRef.current?.focus();
              }}
              correctLabel="Correct the file first"
            />
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={submissionPaths.history(programmeId)}>
              Submission history
            </Link>
          </p>
        </div>
      </div>
    </Page>
  );
}
