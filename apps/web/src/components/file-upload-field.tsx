// A GOV.UK file upload field: label, hint, error message and the file input, in a form group
// that turns red on error. The returns upload and the business-case workbook check both use it.
import type { ReactNode, Ref } from 'react';
import { describedBy, FieldParts } from './form-fields';

interface FileUploadFieldProps {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error?: string | null | undefined;
  /** The file types the picker offers, as the input's `accept`. */
  accept: string;
  disabled?: boolean;
  testId?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The chosen file, or null when the choice is cleared. */
  onChoose: (file: File | null) => void;
}

export function FileUploadField({
  id,
  label,
  hint,
  error,
  accept,
  disabled = false,
  testId,
  inputRef,
  onChoose,
}: FileUploadFieldProps) {
  const message = error ?? undefined;
  return (
    <div className={`govuk-form-group${message ? ' govuk-form-group--error' : ''}`}>
      <FieldParts
        id={id}
        label={label}
        hint={hint}
        error={message}
        labelClassName="govuk-label govuk-label--m"
      />
      <input
        ref={inputRef}
        className={`govuk-file-upload${message ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name="file"
        type="file"
        accept={accept}
        aria-describedby={describedBy(id, hint, message)}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}
