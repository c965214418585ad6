// Figures that may be wrong: shown before anything is stored, for the user to confirm (store them
// as they are) or correct (go back and change the file or the figures). Never silently accepted.
import type { PlausibilityWarning, SubmissionCounts } from '@outcomes/contract';
import { useEffect, useRef } from 'react';
import { formatNumber } from '../../../lib/format';

interface WarningsPanelProps {
  message: string;
  warnings: readonly PlausibilityWarning[];
  counts: SubmissionCounts;
  rowWord?: string;
  busy: boolean;
  onConfirm: () => void;
  onCorrect: () => void;
  correctLabel: string;
}

export function WarningsPanel({
  message,
  warnings,
  counts,
  rowWord = 'Row',
  busy,
  onConfirm,
  onCorrect,
  correctLabel,
}: WarningsPanelProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [warnings]);
  return (
    <section
      className="app-warnings-panel"
      aria-labelledby="warnings-title"
      data-testid="warnings-panel"
    >
      <h2 className="govuk-heading-m" id="warnings-title" ref={ref} tabIndex={-1}>
        Check these figures before they are stored
      </h2>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          {message}
        </strong>
      </div>
      <p className="govuk-body">
        If stored, the {counts.rows} {counts.rows === 1 ? 'row' : 'rows'} would add {counts.created}{' '}
        new {counts.created === 1 ? 'figure' : 'figures'}, revise {counts.revised} and leave{' '}
        {counts.unchanged} unchanged.
      </p>
      <div
        className="app-table-scroll"
        role="region"
        aria-labelledby="warnings-caption"
        tabIndex={0}
      >
        <table className="govuk-table" data-testid="warnings-table">
          <caption className="govuk-table__caption govuk-table__caption--s" id="warnings-caption">
            Figures that may be wrong
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
              <th scope="col" className="govuk-table__header">
                Why it may be wrong
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {warnings.map((w, index) => (
              <tr className="govuk-table__row" key={`${w.row}-${w.kind}-${index}`}>
                <th scope="row" className="govuk-table__header">
                  {w.row}
                </th>
                <td className="govuk-table__cell">{w.metricName}</td>
                <td className="govuk-table__cell">{w.periodLabel}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatNumber(w.value)}
                </td>
                <td className="govuk-table__cell">{w.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={busy}
          onClick={onConfirm}
          data-testid="warnings-confirm"
        >
          These figures are right: store them
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={busy}
          onClick={onCorrect}
          data-testid="warnings-correct"
        >
          {correctLabel}
        </button>
      </div>
    </section>
  );
}
