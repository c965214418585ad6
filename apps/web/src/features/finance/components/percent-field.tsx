interface PercentFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  /** Visually smaller label (inside a table row). */
  labelHidden?: boolean;
}

/** A GOV.UK text input for a percentage, with a "%" suffix and its error message. */
export function PercentField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  testId,
  labelHidden = false,
}: PercentFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group app-percent-field${error ? ' govuk-form-group--error' : ''}`}>
      <label
        className={`govuk-label${labelHidden ? ' govuk-visually-hidden' : ' govuk-label--s'}`}
        htmlFor={id}
      >
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div className="govuk-input__wrapper">
        <input
          className={`govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          inputMode="decimal"
          spellCheck={false}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy || undefined}
          data-testid={testId}
        />
        <div className="govuk-input__suffix" aria-hidden="true">
          %
        </div>
      </div>
    </div>
  );
}
