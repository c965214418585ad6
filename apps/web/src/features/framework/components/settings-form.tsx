// The programme's settings, changed by its admins. The same questions as "Create a programme".
import type { ProgrammeDetail } from '@outcomes/contract';
import { financialYearLabel, parseFinancialYear } from '@outcomes/core';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { setupFormErrors } from '../../installation/components/field-errors';
import {
  ProgrammeSettingsFields,
  settingsFields,
  toSettingsBody,
  type SettingsValues,
} from '../../installation/components/programme-settings-fields';
import { useEditSettings } from '../api/framework-api';
import { SubmitButton } from '../../../components/submit-button';

const PREFIX = 'settings';

/** The stored settings as the form's answers (the last year from the first and the count). */
function valuesOf(p: ProgrammeDetail): SettingsValues {
  const start = parseFinancialYear(p.firstFinancialYear);
  return {
    name: p.name,
    place: p.place,
    description: p.description ?? '',
    firstFinancialYear: p.firstFinancialYear,
    lastFinancialYear: start === null ? '' : financialYearLabel(start + p.years - 1),
    priceBaseYear: p.priceBaseYear,
    discountRate: String(p.discountRate),
    ragGreen: String(p.ragThresholds.green),
    ragAmber: String(p.ragThresholds.amber),
    reinvestmentShare: String(p.reinvestmentShare),
    illustrative: p.illustrative,
  };
}

export function SettingsForm({
  programme,
  csrfToken,
  onSaved,
}: {
  programme: ProgrammeDetail;
  csrfToken: string | null;
  onSaved: (what: string) => void;
}) {
  const edit = useEditSettings(programme.id, csrfToken);
  const [values, setValues] = useState(() => valuesOf(programme));
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    edit.mutate(toSettingsBody(values), {
      onSuccess: () => onSaved('the programme settings'),
      onError: (error) =>
        setErrors(setupFormErrors(error, settingsFields(PREFIX), 'The settings were not saved.')),
    });
  }

  return (
    <section aria-labelledby="settings-heading">
      <h2 className="govuk-heading-m" id="settings-heading">
        Programme settings
      </h2>
      <FormErrorSummary errors={errors} testId="settings-errors" />
      <form noValidate onSubmit={handleSubmit} data-testid="settings-form">
        <ProgrammeSettingsFields
          prefix={PREFIX}
          values={values}
          onChange={setValues}
          errors={errors}
        />
        <SubmitButton pending={edit.isPending}>Save settings</SubmitButton>
      </form>
    </section>
  );
}
