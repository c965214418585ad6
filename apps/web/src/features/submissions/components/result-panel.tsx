// What a stored submission did: the GOV.UK confirmation panel, the counts, and every row with
// what happened to it, each linking to its metric.
import type { SubmissionResult, SubmissionRow } from '@outcomes/contract';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { submissionPaths } from '../lib/submission-paths';

const OUTCOME_TEXT: Record<SubmissionRow['outcome'], string> = {
  created: 'New figure',
  revised: 'Revised',
  unchanged: 'Unchanged',
};

/** Blank rows named in the counts; the returns page lists every figure still owed. */
const SKIPPED_NAMED = 10;

function skippedText(result: SubmissionResult, rowWord: string): string {
  const { skipped } = result;
  if (skipped.length === 0) return 'None';
  const named = skipped
    .slice(0, SKIPPED_NAMED)
    .map((s) => `${s.metricName}, ${s.periodLabel} (${rowWord.toLowerCase()} ${s.row})`);
  const more = skipped.length - named.length;
  return `${skipped.length}: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** The rows listed on screen; the submission's page lists them all. */
const ROW_LIMIT = 200;

export function ResultPanel({
  programmeId,
  result,
  rowWord = 'Row',
}: {
  programmeId: string;
  result: SubmissionResult;
  rowWord?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [result]);
  const rows = result.rowOutcomes.slice(0, ROW_LIMIT);
  return (
    <section aria-labelledby="result-title" data-testid="result-panel">
      <div className="govuk-panel govuk-panel--confirmation" ref={ref} tabIndex={-1}>
        <h2 className="govuk-panel__title" id="result-title">
          Figures stored
        </h2>
        <div className="govuk-panel__body">
          Submission number
          <br />
          <strong data-testid="result-submission-id">{result.submissionId}</strong>
        </div>
      </div>
      <dl className="govuk-summary-list" data-testid="result-counts">
        {(
          [
            ['rows', 'Rows read'],
            ['created', 'New figures'],
            ['revised', 'Figures revised (the earlier ones are kept)'],
            ['unchanged', 'Unchanged (same figure as before; nothing written)'],
          ] as const
        ).map(([key, label]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd
              className="govuk-summary-list__value"
              data-testid={`result-${key}`}
              data-value={result[key]}
            >
              {result[key]}
            </dd>
          </div>
        ))}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Left blank (skipped; still owed)</dt>
          <dd
            className="govuk-summary-list__value"
            data-testid="result-skipped"
            data-value={result.skipped.length}
          >
            {skippedText(result, rowWord)}
          </dd>
        </div>
        {result.warnings.length > 0 ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Warnings you confirmed</dt>
            <dd className="govuk-summary-list__value" data-testid="result-warnings">
              {result.warnings.length}
            </dd>
          </div>
        ) : null}
      </dl>
      <div
        className="app-table-scroll"
        role="region"
        aria-labelledby="result-rows-caption"
        tabIndex={0}
      >
        <table className="govuk-table" data-testid="result-rows">
          <caption
            className="govuk-table__caption govuk-table__caption--m"
            id="result-rows-caption"
          >
            What each {rowWord.toLowerCase()} did
            {result.rowOutcomes.length > ROW_LIMIT
              ? ` (the first ${ROW_LIMIT} of ${result.rowOutcomes.length})`
              : ''}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {rowWord}
              </th>
              <th scope="col" className="govuk-table__header">
                Metric
              </th>
              <th scope="col" className="govuk-table__header">
                Period
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Figure
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Before
              </th>
              <th scope="col" className="govuk-table__header">
                Result
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr
                className="govuk-table__row"
                key={r.row}
                data-testid={`result-row-${r.metricId}-${r.periodStart}`}
                data-outcome={r.outcome}
              >
                <th scope="row" className="govuk-table__header">
                  {r.row}
                </th>
                <td className="govuk-table__cell">
                  <Link
                    className="govuk-link"
                    to={submissionPaths.metric(programmeId, r.metricId)}
                    data-testid={`result-metric-link-${r.metricId}`}
                  >
                    {r.metricName}
                  </Link>
                </td>
                <td className="govuk-table__cell">{r.periodLabel}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatNumber(r.value)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {r.previousValue === null ? '—' : formatNumber(r.previousValue)}
                </td>
                <td className="govuk-table__cell">
                  {OUTCOME_TEXT[r.outcome]}
                  {r.outcome === 'revised' ? ` (revision ${r.revision})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="govuk-body">
        <Link
          className="govuk-link"
          to={submissionPaths.submission(programmeId, result.submissionId)}
          data-testid="result-submission-link"
        >
          See submission {result.submissionId} in the history
        </Link>
      </p>
    </section>
  );
}
