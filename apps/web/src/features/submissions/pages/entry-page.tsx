// A handful of figures typed in: per agency and quarter, each of its metrics' figures ending in
// the quarter, with the figure for the period before beside each input. The same checks and
// answers as an upload; problems are listed in the GOV.UK error summary and at each input.
import type { EntryItem, SubmissionError } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { SelectField } from '../../../components/form-fields';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { PageError } from '../../../components/page-error';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useEntrySheet } from '../api/get-returns-due';
import { submitEntries } from '../api/submit-entries';
import type { SubmissionOutcome } from '../api/submission-outcome';
import { useRefreshFigures } from '../api/use-refresh-figures';
import { useSubmitter } from '../api/use-submitter';
import { ResultPanel } from '../components/result-panel';
import { SubmissionErrors } from '../components/submission-errors';
import { WarningsPanel } from '../components/warnings-panel';
import { submissionPaths } from '../lib/submission-paths';
import { SubmitButton } from '../../../components/submit-button';

const keyOf = (item: Pick<EntryItem, 'metricId' | 'periodStart'>) =>
  `${item.metricId}-${item.periodStart}`;
const inputId = (item: Pick<EntryItem, 'metricId' | 'periodStart'>) => `figure-${keyOf(item)}`;
const NOTE_ID = 'entry-note';

/** A rough check before sending: the server decides, with the same messages as an upload. */
const NUMBER = /^\s*(\d+(\.\d+)?|\d{1,3}(,\d{3})+(\.\d+)?)\s*$/;

export function EntryPage() {
  const { programmeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const programme = useProgramme(programmeId);
  const submitter = useSubmitter(programmeId);
  const refresh = useRefreshFigures(programmeId);

  const partners = programme.data?.partners ?? [];
  const partnerId = submitter.partnerId ?? search.get('partner') ?? '';
  const quarter = search.get('quarter') ?? undefined;
  const sheet = useEntrySheet(programmeId, partnerId, quarter);

  const [values, setValues] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<SubmissionError[]>([]);
  const [sent, setSent] = useState<EntryItem[]>([]);
  const [outcome, setOutcome] = useState<SubmissionOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
    { text: 'Returns', to: submissionPaths.returns(programmeId) },
  ];
  const title = ['Enter figures', programme.data?.name];

  function choose(next: { partner?: string; quarter?: string }) {
    setSearch((current) => {
      const params = new URLSearchParams(current);
      for (const [k, v] of Object.entries(next)) {
        if (v) params.set(k, v);
        else params.delete(k);
      }
      return params;
    });
    setValues({});
    setOutcome(null);
    setLocalErrors([]);
  }

  async function send(items: EntryItem[], confirm: boolean) {
    setBusy(true);
    setSent(items);
    const answer = await submitEntries(
      programmeId,
      {
        entries: items.map((i) => ({
          metricId: i.metricId,
          periodStart: i.periodStart,
          value: values[keyOf(i)] ?? '',
          ...(note.trim() ? { note: note.trim() } : {}),
        })),
        confirm,
      },
      submitter.csrfToken,
    );
    setBusy(false);
    setOutcome(answer);
    if (answer.kind === 'stored') {
      setValues({});
      setNote('');
      await refresh();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>, items: EntryItem[]) {
    event.preventDefault();
    setOutcome(null);
    const filled = items.filter((i) => (values[keyOf(i)] ?? '').trim() !== '');
    const problems: SubmissionError[] = [];
    if (filled.length === 0) {
      problems.push({
        row: null,
        column: 'value',
        value: null,
        message: 'Enter at least one figure',
      });
    }
    filled.forEach((i, index) => {
      const value = values[keyOf(i)] ?? '';
      if (!NUMBER.test(value)) {
        problems.push({
          row: index + 1,
          column: 'value',
          value,
          message: 'Enter a number of 0 or more, such as 290 or 12.5',
        });
      }
    });
    setSent(filled);
    setLocalErrors(problems);
    if (problems.length === 0) void send(filled, false);
  }

  if (!submitter.me || !programme.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the form" />
      </Page>
    );
  }
  if (!submitter.canSubmit) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <h1 className="govuk-heading-l">Enter figures</h1>
        <p className="govuk-body" data-testid="entry-not-allowed">
          Only the programme&rsquo;s data officers and admins can return figures.
        </p>
      </Page>
    );
  }

  const refused = outcome?.kind === 'refused' ? outcome : null;
  const errors = refused ? refused.errors : localErrors;
  /** An error's figure: its row is its position among the figures sent. */
  const itemOf = (e: SubmissionError) => (e.row === null ? undefined : sent[e.row - 1]);
  const errorFor = (item: EntryItem) =>
    errors.find((e) => {
      const i = itemOf(e);
      return i !== undefined && keyOf(i) === keyOf(item);
    })?.message;
  const items = sheet.data?.items ?? [];
  const partnerName = partners.find((p) => p.id === partnerId)?.name ?? partnerId;

  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      {errors.length > 0 || refused ? (
        <SubmissionErrors
          message={refused ? refused.message : ''}
          errors={errors}
          describe={(e) => {
            const i = itemOf(e);
            return i ? `${i.metricName}, ${i.periodLabel}: ${e.message}` : e.message;
          }}
          linkFor={(e) => {
            const i = itemOf(e);
            return i ? inputId(i) : items[0] ? inputId(items[0]) : null;
          }}
        />
      ) : null}
      <span className="govuk-caption-l">{programme.data.name}</span>
      <h1 className="govuk-heading-l">Enter figures</h1>
      {outcome?.kind === 'stored' ? (
        <ResultPanel programmeId={programmeId} result={outcome.result} rowWord="Figure" />
      ) : null}
      <p className="govuk-body">
        For a handful of figures. For many, it is quicker to{' '}
        <Link className="govuk-link" to={submissionPaths.upload(programmeId)}>
          upload a file
        </Link>
        . Leave a figure blank to return it later.
      </p>
      <div className="govuk-grid-row">
        {submitter.isAdmin ? (
          <div className="govuk-grid-column-one-half">
            <SelectField
              id="entry-partner"
              name="partner"
              label="Agency"
              value={partnerId}
              onChange={(value) => choose({ partner: value, quarter: '' })}
              options={[
                { value: '', text: 'Choose an agency' },
                ...partners.map((p) => ({ value: p.id, text: p.name })),
              ]}
            />
          </div>
        ) : (
          <div className="govuk-grid-column-one-half">
            <p className="govuk-body" data-testid="entry-partner">
              Agency: <strong>{partnerName}</strong>
            </p>
          </div>
        )}
        {sheet.data ? (
          <div className="govuk-grid-column-one-half">
            <SelectField
              id="entry-quarter"
              name="quarter"
              label="Quarter"
              value={sheet.data.quarterStart}
              onChange={(value) => choose({ quarter: value })}
              options={sheet.data.quarters.map((q) => ({ value: q.start, text: q.label }))}
            />
          </div>
        ) : null}
      </div>
      {partnerId === '' ? (
        <p className="govuk-body">Choose the agency whose figures you are entering.</p>
      ) : sheet.isError ? (
        <PageError error={sheet.error} notFoundTitle="No figures to enter" />
      ) : !sheet.data ? (
        <Loading what="the figures" />
      ) : (
        <form onSubmit={(event) => handleSubmit(event, items)} noValidate data-testid="entry-form">
          <div
            className="app-table-scroll"
            role="region"
            aria-labelledby="entry-caption"
            tabIndex={0}
          >
            <table className="govuk-table app-entry-table">
              <caption className="govuk-table__caption govuk-table__caption--m" id="entry-caption">
                {sheet.data.partnerName}: figures for {sheet.data.quarterLabel}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Metric and period
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Period before
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Figure held now
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Figure to return
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {items.map((item) => {
                  const id = inputId(item);
                  const error = errorFor(item);
                  return (
                    <tr
                      className="govuk-table__row"
                      key={keyOf(item)}
                      data-testid={`entry-row-${keyOf(item)}`}
                    >
                      <th scope="row" className="govuk-table__header">
                        {item.metricName}
                        <span className="govuk-caption-s app-block">
                          {item.periodLabel} ({item.unit})
                        </span>
                      </th>
                      <td
                        className="govuk-table__cell govuk-table__cell--numeric"
                        data-testid={`entry-previous-${keyOf(item)}`}
                      >
                        {item.previousValue === null ? 'None' : formatNumber(item.previousValue)}
                        <span className="govuk-caption-s app-block">{item.previousLabel}</span>
                      </td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        {item.currentValue === null ? 'None' : formatNumber(item.currentValue)}
                      </td>
                      <td className="govuk-table__cell">
                        <div
                          className={`govuk-form-group govuk-!-margin-bottom-0${error ? ' govuk-form-group--error' : ''}`}
                        >
                          <label className="govuk-label govuk-visually-hidden" htmlFor={id}>
                            {item.metricName}, {item.periodLabel}
                          </label>
                          {error ? (
                            <p className="govuk-error-message" id={`${id}-error`}>
                              <span className="govuk-visually-hidden">Error:</span> {error}
                            </p>
                          ) : null}
                          <input
                            className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
                            id={id}
                            name={id}
                            type="text"
                            inputMode="decimal"
                            spellCheck={false}
                            autoComplete="off"
                            aria-describedby={error ? `${id}-error` : undefined}
                            value={values[keyOf(item)] ?? ''}
                            onChange={(event) =>
                              setValues((v) => ({ ...v, [keyOf(item)]: event.target.value }))
                            }
                          />
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={NOTE_ID}>
              Note (optional)
            </label>
            <div className="govuk-hint" id={`${NOTE_ID}-hint`}>
              Kept with every figure you enter now, for example where a figure came from.
            </div>
            <textarea
              className="govuk-textarea"
              id={NOTE_ID}
              name="note"
              rows={2}
              maxLength={1000}
              aria-describedby={`${NOTE_ID}-hint`}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <SubmitButton pending={busy} testId="entry-submit">
            Check and store the figures
          </SubmitButton>
        </form>
      )}
      {outcome?.kind === 'confirm' ? (
        <WarningsPanel
          message={outcome.message}
          warnings={outcome.warnings}
          counts={outcome.counts}
          rowWord="Figure"
          busy={busy}
          onConfirm={() => void send(sent, true)}
          onCorrect={() => setOutcome(null)}
          correctLabel="Change the figures first"
        />
      ) : null}
    </Page>
  );
}
