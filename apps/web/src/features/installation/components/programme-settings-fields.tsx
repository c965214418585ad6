// A programme's settings as form fields: shared by "Create a programme" and the admins' settings
// form, so both ask the same questions in the same words. The API checks every answer with the
// pack loader's validation; the hints say what it expects.
import type { ProgrammeSettingsBody } from '@outcomes/contract';
import type { FormError } from '../../../components/form-error-summary';
import { InputField } from '../../../components/input-field';
import { TextareaField } from '../../../components/form-fields';
import { errorFor, type FormField } from './field-errors';

/** The settings as the form holds them: every answer as typed. */
export type SettingsValues = {
  [K in Exclude<keyof ProgrammeSettingsBody, 'illustrative'>]-?: string;
} & { illustrative: boolean };

export const EMPTY_SETTINGS: SettingsValues = {
  name: '',
  place: '',
  description: '',
  firstFinancialYear: '',
  lastFinancialYear: '',
  priceBaseYear: '',
  // HM Treasury's Green Book discount rate and the common RAG thresholds, as a starting point.
  discountRate: '0.035',
  ragGreen: '0.95',
  ragAmber: '0.8',
  reinvestmentShare: '0.2',
  illustrative: false,
};

/** Each setting's control id (prefixed per form) and label, by the API's field name. */
export function settingsFields(prefix: string): Record<keyof SettingsValues, FormField> {
  const f = (name: string, label: string): FormField => ({ id: `${prefix}-${name}`, label });
  return {
    name: f('name', 'Name'),
    place: f('place', 'Place'),
    description: f('description', 'Description'),
    firstFinancialYear: f('first-year', 'First financial year'),
    lastFinancialYear: f('last-year', 'Last financial year'),
    priceBaseYear: f('price-base-year', 'Price base year'),
    discountRate: f('discount-rate', 'Discount rate'),
    ragGreen: f('rag-green', 'Green threshold'),
    ragAmber: f('rag-amber', 'Amber threshold'),
    reinvestmentShare: f('reinvestment-share', 'Reinvestment share'),
    illustrative: f('illustrative', 'Illustrative figures'),
  };
}

export function toSettingsBody(values: SettingsValues): ProgrammeSettingsBody {
  return { ...values, description: values.description.trim() === '' ? null : values.description };
}

const YEAR_HINT = 'Write it as "YYYY-YY": 2024-25 runs from 1 April 2024 to 31 March 2025.';

export function ProgrammeSettingsFields({
  prefix,
  values,
  onChange,
  errors,
}: {
  prefix: string;
  values: SettingsValues;
  onChange: (values: SettingsValues) => void;
  errors: readonly FormError[];
}) {
  const fields = settingsFields(prefix);
  const text = (
    key: Exclude<keyof SettingsValues, 'illustrative' | 'description'>,
    hint?: string,
    widthClass = 'govuk-input--width-10',
  ) => (
    <InputField
      id={fields[key].id}
      name={key}
      label={fields[key].label}
      hint={hint}
      value={values[key]}
      onChange={(value) => onChange({ ...values, [key]: value })}
      error={errorFor(errors, fields[key].id)}
      widthClass={widthClass}
      autoComplete="off"
    />
  );
  return (
    <>
      {text('name', undefined, 'govuk-!-width-two-thirds')}
      {text('place', 'The area the partnership serves.', 'govuk-!-width-two-thirds')}
      <TextareaField
        id={fields.description.id}
        name="description"
        label="Description (optional)"
        value={values.description}
        onChange={(value) => onChange({ ...values, description: value })}
        error={errorFor(errors, fields.description.id)}
        rows={3}
      />
      {text('firstFinancialYear', YEAR_HINT)}
      {text('lastFinancialYear', 'The last year the programme runs, written the same way.')}
      {text(
        'priceBaseYear',
        'The financial year whose prices the business case is written in, such as 2024-25.',
      )}
      {text(
        'discountRate',
        'A fraction, not a percentage: 0.035 is the Green Book rate of 3.5% a year.',
      )}
      {text('ragGreen', 'A metric at or above this share of its forecast is green, such as 0.95.')}
      {text('ragAmber', 'At or above this share (and below green) it is amber, such as 0.8.')}
      {text(
        'reinvestmentShare',
        'The share of cashable benefit to reinvest, from 0 to 1, such as 0.2.',
      )}
    </>
  );
}
