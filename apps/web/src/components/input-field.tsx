// A GOV.UK text input with its label, hint and error message joined by aria-describedby.
import type { HTMLInputTypeAttribute, ReactNode } from 'react';

interface InputFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  /** A page's only question is its heading: the label becomes large. */
  labelSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  /** GOV.UK width classes: 'govuk-input--width-20', 'govuk-!-width-one-half', ... */
  widthClass?: string;
  spellCheck?: boolean;
}

export function InputField({
  id,
  name,
  label,
  labelSize = 's',
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  widthClass,
  spellCheck,
}: InputFieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const classes = ['govuk-input', error ? 'govuk-input--error' : '', widthClass ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label govuk-label--${labelSize}`} htmlFor={id}>
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
      <input
        className={classes}
        id={id}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
