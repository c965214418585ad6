// The programme's business case as one workbook: download it (or the pack folder, or a blank
// template), and import a revised one: every problem listed by sheet, row and column, then the
// changes previewed, then stored only when the admin confirms. Admins only (the API checks too).
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../api/get-me';
import { useProgramme } from '../../api/get-programme';
import { TextareaField } from '../../components/form-fields';
import { InputField } from '../../components/input-field';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { apiUrl } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { hasRole } from '../../lib/roles';
import { formatBytes } from '../submissions/lib/format-bytes';
import { sendWorkbook, type WorkbookOutcome, type WorkbookPhase } from './api/send-workbook';
import { ChangePreview } from './components/change-preview';
import { ImportProgress } from './components/import-progress';
import { WorkbookProblems } from './components/workbook-problems';
import { FileUploadField } from '../../components/file-upload-field';
import { SubmitButton } from '../../components/submit-button';

/** The API's limit (contract WORKBOOK_MAX_BYTES), checked here too to save a long upload. */
const MAX_BYTES = 10 * 1024 * 1024;
const FILE_INPUT_ID = 'workbook-file';

export function BusinessCasePage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const me = useMe();
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [phase, setPhase] = useState<WorkbookPhase | null>(null);
  const [outcome, setOutcome] = useState<WorkbookOutcome | null>(null);
  const [versionName, setVersionName] = useState('');
  const [versionNote, setVersionNote] = useState('');

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
  ];
  const title = ['Business case workbook', programme.data?.name];
  const busy = phase !== null;

  async function send(chosen: File, step: 'preview' | 'import', sha256?: string) {
    setOutcome(null);
    setPhase({ phase: 'uploading', loaded: 0, total: chosen.size });
    const answer = await sendWorkbook({
      programmeId,
      step,
      file: chosen,
      ...(sha256 === undefined
        ? {}
        : { sha256, version: { name: versionName, note: versionNote } }),
      csrfToken: me.data?.csrfToken ?? null,
      onProgress: setPhase,
    });
    setPhase(null);
    setOutcome(answer);
    if (answer.kind === 'imported') {
      setFile(null);
      setVersionName('');
      setVersionNote('');
      if (inputRef.current) inputRef.current.value = '';
      // Every figure may have changed: read everything again.
      await queryClient.invalidateQueries();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setInputError('Choose the workbook (.xlsx) to check');
      return;
    }
    if (file.size > MAX_BYTES) {
      setInputError(`The file is ${formatBytes(file.size)}: it must be 10 MB or smaller`);
      return;
    }
    setInputError(null);
    void send(file, 'preview');
  }

  if (me.data === undefined || !programme.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the business case" />
      </Page>
    );
  }
  if (!hasRole(me.data, programmeId, ['admin'])) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <h1 className="govuk-heading-l">Business case workbook</h1>
        <p className="govuk-body" data-testid="business-case-not-allowed">
          Only the programme&rsquo;s admins can import the business case.
        </p>
      </Page>
    );
  }

  const refused = outcome?.kind === 'refused' ? outcome : null;
  const fieldError = inputError ?? (refused ? 'Correct the workbook and check it again' : null);
  const encoded = encodeURIComponent(programmeId);
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      {inputError ? (
        <div className="govuk-error-summary" data-testid="workbook-input-error">
          <div role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                <li>
                  <a href={`#${FILE_INPUT_ID}`}>{inputError}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      ) : null}
      {refused ? (
        <WorkbookProblems
          message={refused.message}
          problems={refused.problems}
          fileName={file?.name ?? 'the workbook'}
        />
      ) : null}
      <span className="govuk-caption-l">{programme.data.name}</span>
      <h1 className="govuk-heading-l">Business case workbook</h1>
      <p className="govuk-body">
        An import that changes a forecast, cost or unit cost is kept as a new version, used only
        once it is put in force on{' '}
        <Link className="govuk-link" to={paths.businessCaseVersions(programmeId)}>
          Business case versions
        </Link>
        .
      </p>
      {outcome?.kind === 'imported' ? (
        <div className="govuk-panel govuk-panel--confirmation" data-testid="workbook-imported">
          <h2 className="govuk-panel__title">Business case imported</h2>
          <div className="govuk-panel__body">
            {outcome.result.totalChanges} change{outcome.result.totalChanges === 1 ? '' : 's'}{' '}
            stored from {outcome.result.fileName}
          </div>
        </div>
      ) : null}
      <p className="govuk-body">
        The workbook holds the whole business case, one sheet per file of the programme pack with
        the same columns: the programme&rsquo;s settings, partners, outcomes, strands, unit costs
        and who bears them, metrics, baselines, forecasts, costs and deflators. Download it, revise
        it in Excel, and import it here. The import checks every row exactly as the command-line
        loader does; if anything is wrong nothing is stored and every problem is listed by sheet,
        row and column. Then it shows what would change, and stores nothing until you confirm.
      </p>
      <p className="govuk-body">
        The actuals sheet shows the figures in force. An import never changes or removes a returned
        figure, and a metric with returned figures cannot be removed: figures are corrected on the
        Returns page, which keeps every earlier value as a revision. Every import is recorded in the
        audit log with its changes.
      </p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={apiUrl(`/programmes/${encoded}/workbook.xlsx`)} download>
            Download the business case workbook (.xlsx)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={apiUrl(`/programmes/${encoded}/pack.zip`)} download>
            Download the programme pack (a zip of programme.json and the CSV files)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={apiUrl('/programme-workbook/template.xlsx')} download>
            Download a blank template (.xlsx)
          </a>
        </li>
      </ul>
      <form onSubmit={handleSubmit} noValidate data-testid="workbook-form">
        <FileUploadField
          id={FILE_INPUT_ID}
          label="Check a revised workbook"
          hint="Excel .xlsx, up to 10 MB. Nothing is stored at this step."
          error={fieldError}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          testId="workbook-file-input"
          inputRef={inputRef}
          onChoose={(chosen) => {
            setFile(chosen);
            setInputError(null);
            setOutcome(null);
          }}
        />
        <SubmitButton pending={busy} testId="workbook-check">
          Check the workbook
        </SubmitButton>
      </form>
      {phase && file ? <ImportProgress fileName={file.name} phase={phase} /> : null}
      {outcome?.kind === 'previewed' && file ? (
        <>
          <ChangePreview preview={outcome.preview} />
          <InputField
            id="workbook-version-name"
            name="versionName"
            label="Name for this version of the business case (optional)"
            hint="For example “2015 refresh”. A new version is made only if forecasts, costs or unit costs change, and it is not judged against until an admin puts it in force on the business case versions page."
            value={versionName}
            onChange={setVersionName}
            widthClass="govuk-!-width-two-thirds"
            autoComplete="off"
          />
          <TextareaField
            id="workbook-version-note"
            name="versionNote"
            label="Note on what changed and why (optional)"
            value={versionNote}
            onChange={setVersionNote}
            rows={2}
          />
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button"
              disabled={busy || outcome.preview.totalChanges === 0}
              data-testid="workbook-import"
              onClick={() => void send(file, 'import', outcome.preview.sha256)}
            >
              Import these changes
            </button>
          </div>
        </>
      ) : null}
    </Page>
  );
}
