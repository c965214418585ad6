import { describedBy, FieldParts } from '../../../components/form-fields';

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
  return (
    <div className={`govuk-form-group app-percent-field${error ? ' govuk-form-group--error' : ''}`}>
      <FieldParts
        id={id}
        label={label}
        hint={hint}
        error={error}
        labelClassName={`govuk-label${labelHidden ? ' govuk-visually-hidden' : ' govuk-label--s'}`}
      />
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
          aria-describedby={describedBy(id, hint, error)}
          data-testid={testId}
        />
        <div className="govuk-input__suffix" aria-hidden="true">
          %
        </div>
      </div>
    </div>
  );
}
