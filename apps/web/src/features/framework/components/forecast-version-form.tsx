// Change a metric's forecasts, saved as a new business-case version the admin names ("2015
// refresh") with the reason for it. The version changes no judgement until an admin puts it in
// force; the page's banner names its number. The forecasts are a table of period inputs, each
// labelled by its period; a blank period has no forecast.
import type { EditableFramework } from '@outcomes/contract';
import { periodLabel, type Frequency } from '@outcomes/core';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { TextareaField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useSaveForecastVersion } from '../api/business-case-api';
import { numberAnswer, numberError } from '../lib/number-answer';
import { InputTable } from './input-table';

type Metric = EditableFramework['metrics'][number];
type Forecasts = EditableFramework['forecasts'][number];

/** "Q1 2013-14"; a stored period that is not a period start is shown as its date. */
function labelOf(periodStart: string, frequency: Frequency): string {
  try {
    return periodLabel(periodStart, frequency);
  } catch {
    return periodStart;
  }
}

export function ForecastVersionForm({
  programmeId,
  metric,
  forecasts,
  csrfToken,
  onSaved,
}: {
  programmeId: string;
  metric: Metric;
  forecasts: Forecasts;
  csrfToken: string | null;
  onSaved: (what: string, businessCaseVersion: number | null) => void;
}) {
  const prefix = `forecasts-${metric.id}`;
  const periods = forecasts.periods.map((p, index) => ({
    periodStart: p.periodStart,
    field: {
      id: `${prefix}-period-${index}`,
      label: `Forecast for ${labelOf(p.periodStart, forecasts.frequency)}`,
    },
    label: labelOf(p.periodStart, forecasts.frequency),
  }));
  const fields = {
    versionName: { id: `${prefix}-version-name`, label: 'Version name' },
    reason: { id: `${prefix}-reason`, label: 'Reason' },
    // The API names the whole table; its first input takes the message.
    forecasts: { id: periods[0]?.field.id ?? `${prefix}-version-name`, label: 'Forecasts' },
  };
  const save = useSaveForecastVersion(programmeId, csrfToken);
  const [versionName, setVersionName] = useState('');
  const [reason, setReason] = useState('');
  const [values, setValues] = useState(() =>
    forecasts.periods.map((p) => (p.value === null ? '' : String(p.value))),
  );
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const read = values.map((text) => (text.trim() === '' ? null : numberAnswer(text)));
    const unreadable = periods.flatMap((p, i) =>
      values[i]?.trim() !== '' && read[i] === null
        ? [numberError(p.field, values[i] ?? '', '80')]
        : [],
    );
    setErrors(unreadable);
    if (unreadable.length > 0) return;
    const body = {
      versionName,
      reason,
      forecasts: periods.map((p, i) => ({ periodStart: p.periodStart, value: read[i] ?? null })),
    };
    save.mutate(
      { metricId: metric.id, body },
      {
        onSuccess: (result) =>
          onSaved(
            `the forecasts of “${metric.name}” as “${versionName.trim()}”`,
            result.businessCaseVersion,
          ),
        onError: (error) =>
          setErrors(setupFormErrors(error, fields, 'The forecasts were not saved.')),
      },
    );
  }

  return (
    <div data-testid={`${prefix}-section`}>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        <InputField
          id={fields.versionName.id}
          name="versionName"
          label={fields.versionName.label}
          hint="The new business-case version’s name, such as “2015 refresh”."
          value={versionName}
          onChange={setVersionName}
          error={errorFor(errors, fields.versionName.id)}
          widthClass="govuk-!-width-one-half"
          autoComplete="off"
        />
        <TextareaField
          id={fields.reason.id}
          name="reason"
          label={fields.reason.label}
          hint="Why the forecasts are changing; kept with the version."
          value={reason}
          onChange={setReason}
          error={errorFor(errors, fields.reason.id)}
          rows={2}
        />
        <InputTable
          caption={`Forecast ${metric.unit} per ${forecasts.frequency} for “${metric.name}”`}
          rowHeader="Period"
          inputHeader={`Forecast (${metric.unit})`}
          hint="The expected level in each period; leave a period blank for no forecast."
          hintId={`${prefix}-table-hint`}
          rows={periods.map((p, i) => ({
            id: p.field.id,
            label: p.label,
            value: values[i] ?? '',
            error: errorFor(errors, p.field.id),
          }))}
          onChange={(index, value) =>
            setValues((current) => current.map((v, i) => (i === index ? value : v)))
          }
          testId={`${prefix}-table`}
        />
        <SubmitButton pending={save.isPending} secondary>
          Save forecasts as a new version
        </SubmitButton>
      </form>
    </div>
  );
}
