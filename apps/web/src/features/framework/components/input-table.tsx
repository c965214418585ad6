// A GOV.UK table whose rows each hold one number input: a metric's forecast per period, or a
// unit cost's share per partner. The row's header is the input's label (so each input is named
// by its period or partner), the caption names the table, and an error is shown in its row.
import { describedBy } from '../../../components/form-fields';

export interface InputRow {
  /** The input's element id (an error summary links to it). */
  id: string;
  /** The row header, and the input's label. */
  label: string;
  value: string;
  error?: string | undefined;
}

export function InputTable({
  caption,
  rowHeader,
  inputHeader,
  hint,
  hintId,
  rows,
  onChange,
  testId,
}: {
  caption: string;
  rowHeader: string;
  inputHeader: string;
  /** Said once for every input (each input is described by it). */
  hint: string;
  hintId: string;
  rows: readonly InputRow[];
  onChange: (index: number, value: string) => void;
  testId?: string;
}) {
  return (
    <div className="govuk-form-group">
      <p className="govuk-hint" id={hintId}>
        {hint}
      </p>
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {rowHeader}
            </th>
            <th scope="col" className="govuk-table__header">
              {inputHeader}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row, index) => (
            <tr className="govuk-table__row" key={row.id}>
              <th scope="row" className="govuk-table__header">
                <label className="govuk-label govuk-!-margin-bottom-0" htmlFor={row.id}>
                  {row.label}
                </label>
              </th>
              <td className={`govuk-table__cell${row.error ? ' govuk-form-group--error' : ''}`}>
                {row.error ? (
                  <p className="govuk-error-message" id={`${row.id}-error`}>
                    <span className="govuk-visually-hidden">Error:</span> {row.error}
                  </p>
                ) : null}
                <input
                  className={`govuk-input govuk-input--width-10${row.error ? ' govuk-input--error' : ''}`}
                  id={row.id}
                  name={row.id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  value={row.value}
                  aria-describedby={[hintId, describedBy(row.id, null, row.error)]
                    .filter(Boolean)
                    .join(' ')}
                  onChange={(event) => onChange(index, event.target.value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
