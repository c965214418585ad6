// The GOV.UK date input (https://design-system.service.gov.uk/components/date-input/): day,
// month and year boxes in a fieldset, with its hint and error message. Read what was typed with
// dateFromParts (@outcomes/core), which gives the pattern's error messages in words. Shared: the
// "as of" control uses it, and so can any form that asks for a date (a board meeting's).
import type { DatePart, DateParts } from '@outcomes/core';
import type { ReactNode } from 'react';

interface DateInputProps {
  /** The fieldset's id; the boxes are `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  /** The boxes' names are `${name}-day` and so on. */
  name: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  value: DateParts;
  onChange: (next: DateParts) => void;
  error?: string | undefined;
  /** The boxes at fault (all three when the error names none). */
  errorParts?: readonly DatePart[];
  testId?: string;
}

const BOXES: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/** The id of a date input's box, for an error summary's link. */
export const dateBoxId = (id: string, part: DatePart = 'day'): string => `${id}-${part}`;

export function DateInput({
  id,
  name,
  legend,
  legendSize = 's',
  hint,
  value,
  onChange,
  error,
  errorParts,
  testId,
}: DateInputProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const inError = (part: DatePart) =>
    error !== undefined && (errorParts === undefined || errorParts.includes(part));
  return (
    <div
      className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}
      data-testid={testId}
    >
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy || undefined}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
          {legend}
        </legend>
        {hint ? (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p
            className="govuk-error-message"
            id={`${id}-error`}
            data-testid={`${testId ?? id}-error`}
          >
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input" id={id}>
          {BOXES.map(({ part, label, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label
                  className="govuk-label govuk-date-input__label"
                  htmlFor={dateBoxId(id, part)}
                >
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${inError(part) ? ' govuk-input--error' : ''}`}
                  id={dateBoxId(id, part)}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  data-testid={`${testId ?? id}-${part}`}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
