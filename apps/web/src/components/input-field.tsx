// A GOV.UK text input with its label, hint and error message joined by aria-describedby.
import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { describedBy, FieldParts } from './form-fields';

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
  const classes = ['govuk-input', error ? 'govuk-input--error' : '', widthClass ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <FieldParts
        id={id}
        label={label}
        hint={hint}
        error={error}
        labelClassName={`govuk-label govuk-label--${labelSize}`}
      />
      <input
        className={classes}
        id={id}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
