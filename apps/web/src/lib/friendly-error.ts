// What the user reads when the API refuses a request. The services' own refusals are written for
// people and are shown as they are; a request the API's schema refused (400 bad_request, e.g.
// `querystring parameter "asOf" must be...`) is developer text, so it is put into words here,
// naming the field by what it is called on screen.
import { ApiError } from './api-client';

/** Fields the API validates, as the pages call them. */
const FIELD_NAMES: Record<string, string> = {
  asOf: 'the “as of” date',
  meeting: 'the meeting date',
  previous: 'the previous meeting date',
  quarter: 'the quarter',
  periodStart: 'the period',
  value: 'the figure',
  body: 'the text',
  text: 'the text',
  note: 'the note',
  email: 'the email address',
  password: 'the password',
  newPassword: 'the new password',
  name: 'the name',
  format: 'the file format',
  discountRate: 'the discount rate',
};

/** A zod-style message in words: "must be 200 characters or fewer", "is not a valid date". */
export function friendlyFieldMessage(field: string, message: string): string {
  const name = FIELD_NAMES[field.split('.').at(-1) ?? field] ?? `“${field}”`;
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  // A number out of range (zod: "Too big: expected number to be <1"): say the bound in words.
  const number = /expected number to be ([<>]=?)\s*(-?[\d.]+)/i.exec(message);
  if (number) {
    const [, op, bound] = number;
    const words: Record<string, string> = {
      '<': `less than ${bound}`,
      '<=': `${bound} or less`,
      '>': `more than ${bound}`,
      '>=': `${bound} or more`,
    };
    return `${capital} must be ${words[op ?? '<'] ?? `within range (${op}${bound})`}`;
  }
  // A message the API already wrote in words ("must be a date from 2000-01-01 to 2099-12-31").
  if (/^must be [a-z]/i.test(message) && !/pattern|regex|match/i.test(message)) {
    return `${capital} ${message}`;
  }
  const most = /(?:too big|too long)[^<]*<=?\s*(\d+)/i.exec(message);
  if (most) return `${capital} must be ${most[1]} characters or fewer`;
  const least = /(?:too small|too short)[^>]*>=?\s*(\d+)/i.exec(message);
  if (least) {
    return least[1] === '1'
      ? `Enter ${name}`
      : `${capital} must be at least ${least[1]} characters`;
  }
  if (/date|YYYY-MM-DD|pattern|format|regex/i.test(message)) {
    return `${capital} is not a real date: enter it as day, month and year`;
  }
  if (/required|undefined|missing/i.test(message)) return `Enter ${name}`;
  return `${capital} could not be read: check it and try again`;
}

/** The message to show for a failed request; `fallback` when it is not the API's. */
export function friendlyApiMessage(error: unknown, fallback: string): string {
  if (!(error instanceof ApiError)) return fallback;
  if (error.code !== 'bad_request') return error.message;
  // "querystring parameter "asOf" must be ...; body parameter "text" ..."
  const fields = [...error.message.matchAll(/parameter "([^"]+)" ([^;]*)/g)];
  if (fields.length === 0) return error.message;
  return fields.map(([, field, text]) => friendlyFieldMessage(field ?? '', text ?? '')).join('. ');
}

/**
 * A refused form's errors for the error summary: each field the API named against the form's
 * field (by the id in `fieldIds`, keyed by the API's field name), in words; else one form-wide
 * message.
 */
export function formErrorsFromApi(
  error: unknown,
  fieldIds: Readonly<Record<string, string>>,
  fallback: string,
): { fieldId?: string; message: string }[] {
  const fields =
    error instanceof ApiError && 'fields' in error
      ? (error as ApiError & { fields: { field: string; message: string }[] }).fields
      : [];
  const mapped = fields.flatMap((f) => {
    const fieldId = fieldIds[f.field.split('.')[0] ?? ''];
    return fieldId ? [{ fieldId, message: friendlyFieldMessage(f.field, f.message) }] : [];
  });
  return mapped.length > 0 ? mapped : [{ message: friendlyApiMessage(error, fallback) }];
}
