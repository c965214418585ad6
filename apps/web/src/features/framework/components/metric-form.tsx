// Change a metric's definition: its name, unit, attribution and source. Its id never changes, so
// its returned figures stay its own; the API checks the whole framework as the pack loader does.
import type { EditableFramework } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { TextareaField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useEditMetric } from '../api/framework-api';
import { numberAnswer, numberError } from '../lib/number-answer';
import { SubmitButton } from '../../../components/submit-button';

type Metric = EditableFramework['metrics'][number];

export function MetricForm({
  programmeId,
  metric,
  csrfToken,
  onSaved,
}: {
  programmeId: string;
  metric: Metric;
  csrfToken: string | null;
  onSaved: (what: string) => void;
}) {
  const prefix = `metric-${metric.id}`;
  const fields = {
    name: { id: `${prefix}-name`, label: 'Name' },
    unit: { id: `${prefix}-unit`, label: 'Unit' },
    attribution: { id: `${prefix}-attribution`, label: 'Attribution' },
    source: { id: `${prefix}-source`, label: 'Source' },
  };
  const edit = useEditMetric(programmeId, csrfToken);
  const [name, setName] = useState(metric.name);
  const [unit, setUnit] = useState(metric.unit);
  const [attribution, setAttribution] = useState(String(metric.attribution));
  const [source, setSource] = useState(metric.source);
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const share = numberAnswer(attribution);
    if (share === null) {
      setErrors([numberError(fields.attribution, attribution, '0.75')]);
      return;
    }
    setErrors([]);
    edit.mutate(
      { metricId: metric.id, body: { name, unit, attribution: share, source } },
      {
        onSuccess: () => onSaved(`the metric “${name.trim()}”`),
        onError: (error) => setErrors(setupFormErrors(error, fields, 'The metric was not saved.')),
      },
    );
  }

  return (
    <div data-testid={`${prefix}-section`}>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        <InputField
          id={fields.name.id}
          name="name"
          label={fields.name.label}
          value={name}
          onChange={setName}
          error={errorFor(errors, fields.name.id)}
          widthClass="govuk-!-width-two-thirds"
          autoComplete="off"
        />
        <InputField
          id={fields.unit.id}
          name="unit"
          label={fields.unit.label}
          hint="What one of it counts, such as incidents, people or arrests."
          value={unit}
          onChange={setUnit}
          error={errorFor(errors, fields.unit.id)}
          widthClass="govuk-input--width-20"
          autoComplete="off"
        />
        <InputField
          id={fields.attribution.id}
          name="attribution"
          label={fields.attribution.label}
          hint="The share of the change the programme claims: more than 0 and at most 1 (1 claims all of it)."
          value={attribution}
          onChange={setAttribution}
          error={errorFor(errors, fields.attribution.id)}
          widthClass="govuk-input--width-5"
          autoComplete="off"
          spellCheck={false}
        />
        <TextareaField
          id={fields.source.id}
          name="source"
          label={fields.source.label}
          hint="Where the figures come from."
          value={source}
          onChange={setSource}
          error={errorFor(errors, fields.source.id)}
          rows={2}
        />
        <SubmitButton pending={edit.isPending} secondary>
          Save metric
        </SubmitButton>
      </form>
    </div>
  );
}
