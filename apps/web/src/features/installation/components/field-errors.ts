// The setup and framework forms' refusals for the error summary. The API names each field at
// fault with the pack loader's own words ("\"abc\" is not allowed; expected a number in [0, 1)"),
// which already say what to do; they are shown as they are, after the field's label.
import type { FormError } from '../../../components/form-error-summary';
import { ApiFieldError } from '../../../lib/api-send';
import { friendlyApiMessage } from '../../../lib/friendly-error';

export interface FormField {
  /** The element id of the form's control. */
  id: string;
  /** The label, as the message's first words. */
  label: string;
}

export function setupFormErrors(
  error: unknown,
  fields: Readonly<Record<string, FormField>>,
  fallback: string,
): FormError[] {
  const named = error instanceof ApiFieldError ? error.fields : [];
  const mapped = named.map((problem) => {
    const field = fields[problem.field];
    return field
      ? { fieldId: field.id, message: `${field.label}: ${problem.message}` }
      : { message: problem.message };
  });
  return mapped.length > 0 ? mapped : [{ message: friendlyApiMessage(error, fallback) }];
}

/** The first error for one control, for the message above it. */
export const errorFor = (errors: readonly FormError[], id: string): string | undefined =>
  errors.find((e) => e.fieldId === id)?.message;
