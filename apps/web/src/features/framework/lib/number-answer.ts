// The metric and unit-cost forms' numbers as typed. Their API bodies take numbers, so a blank or
// non-numeric answer is named in the browser (presence and format only); whether the number is
// allowed (a share in (0, 1], whole pence, a grade) is for the API to say, in the loader's words.
import type { FormError } from '../../../components/form-error-summary';
import type { FormField } from '../../installation/components/field-errors';

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** The number typed, or null when it is blank or not a number. Money may have "£" and commas. */
export function numberAnswer(text: string, money = false): number | null {
  const plain = money ? text.trim().replace(/^£/, '').replaceAll(',', '') : text.trim();
  return NUMBER.test(plain) ? Number(plain) : null;
}

/** The error for a number field left blank or not written as a number. */
export function numberError(field: FormField, text: string, example: string): FormError {
  return {
    fieldId: field.id,
    message:
      text.trim() === ''
        ? `${field.label}: enter a number, such as ${example}`
        : `${field.label}: "${text.trim()}" is not a number; write it like ${example}`,
  };
}
