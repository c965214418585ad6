// GOV.UK Design System form fields as thin React components: label, hint, error message and
// control, with aria-describedby joining them.
import type { ReactNode } from 'react';

export function describedBy(
  id: string,
  hint: ReactNode,
  error: string | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The label, hint and error message every GOV.UK field has, ids matching `describedBy`. */
export function FieldParts({
  id,
  label,
  hint,
  error,
  labelClassName = 'govuk-label govuk-label--s',
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  labelClassName?: string;
}) {
  return (
    <>
      <label className={labelClassName} htmlFor={id}>
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
    </>
  );
}

interface TextareaFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextareaField({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 4,
}: TextareaFieldProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <FieldParts id={id} label={label} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; text: string }[];
}

export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: SelectFieldProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <FieldParts id={id} label={label} hint={hint} error={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CheckboxFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  small?: boolean;
  testId?: string;
}

/** One GOV.UK checkbox with its label and an optional hint (a yes-or-no question). */
export function CheckboxField({
  id,
  name,
  label,
  hint,
  checked,
  onChange,
  small = false,
  testId,
}: CheckboxFieldProps) {
  return (
    <div className="govuk-form-group">
      <div
        className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}
        data-module="govuk-checkboxes"
      >
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={name}
            type="checkbox"
            checked={checked}
            aria-describedby={describedBy(id, hint, undefined)}
            onChange={(event) => onChange(event.target.checked)}
            data-testid={testId}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div className="govuk-hint govuk-checkboxes__hint" id={`${id}-hint`}>
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
