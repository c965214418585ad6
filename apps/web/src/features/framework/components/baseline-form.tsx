// Change a metric's baseline: every column of baselines.csv (its level per period, the annual
// growth of demand without the change, the period it was measured over, a note, and the date
// growth is compounded from). The API checks it as the pack loader does and names the field at
// fault. A baseline is not part of the business case's versions.
import type { EditableFramework } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { TextareaField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useEditBaseline } from '../api/business-case-api';
import { numberAnswer, numberError } from '../lib/number-answer';

type Baseline = EditableFramework['baselines'][number];
type Metric = EditableFramework['metrics'][number];

const DATE_HINT = 'Written YYYY-MM-DD, such as 2012-04-01.';

export function BaselineForm({
  programmeId,
  metric,
  baseline,
  csrfToken,
  onSaved,
}: {
  programmeId: string;
  metric: Metric;
  baseline: Baseline;
  csrfToken: string | null;
  onSaved: (what: string) => void;
}) {
  const prefix = `baseline-${metric.id}`;
  const fields = {
    value: { id: `${prefix}-value`, label: 'Baseline' },
    annualGrowth: { id: `${prefix}-growth`, label: 'Annual growth' },
    measuredFrom: { id: `${prefix}-measured-from`, label: 'Measured from' },
    measuredTo: { id: `${prefix}-measured-to`, label: 'Measured to' },
    note: { id: `${prefix}-note`, label: 'Note' },
    growthFrom: { id: `${prefix}-growth-from`, label: 'Growth from' },
  };
  const edit = useEditBaseline(programmeId, csrfToken);
  const [value, setValue] = useState(String(baseline.value));
  const [growth, setGrowth] = useState(String(baseline.annualGrowth));
  const [measuredFrom, setMeasuredFrom] = useState(baseline.measuredFrom ?? '');
  const [measuredTo, setMeasuredTo] = useState(baseline.measuredTo ?? '');
  const [note, setNote] = useState(baseline.note ?? '');
  const [growthFrom, setGrowthFrom] = useState(baseline.growthFrom ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const baselineValue = numberAnswer(value);
    // A blank growth is none, as in baselines.csv.
    const annualGrowth = growth.trim() === '' ? 0 : numberAnswer(growth);
    const unreadable = [
      ...(baselineValue === null ? [numberError(fields.value, value, '100')] : []),
      ...(annualGrowth === null ? [numberError(fields.annualGrowth, growth, '0.035')] : []),
    ];
    setErrors(unreadable);
    if (baselineValue === null || annualGrowth === null) return;
    const body = {
      value: baselineValue,
      annualGrowth,
      measuredFrom: measuredFrom.trim() || null,
      measuredTo: measuredTo.trim() || null,
      note: note.trim() || null,
      growthFrom: growthFrom.trim() || null,
    };
    edit.mutate(
      { metricId: metric.id, body },
      {
        onSuccess: () => onSaved(`the baseline of “${metric.name}”`),
        onError: (error) =>
          setErrors(setupFormErrors(error, fields, 'The baseline was not saved.')),
      },
    );
  }

  const text = (
    key: 'measuredFrom' | 'measuredTo' | 'growthFrom',
    state: string,
    set: (v: string) => void,
    hint: string,
  ) => (
    <InputField
      id={fields[key].id}
      name={key}
      label={`${fields[key].label} (optional)`}
      hint={hint}
      value={state}
      onChange={set}
      error={errorFor(errors, fields[key].id)}
      widthClass="govuk-input--width-10"
      autoComplete="off"
      spellCheck={false}
    />
  );

  return (
    <div data-testid={`${prefix}-section`}>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        <InputField
          id={fields.value.id}
          name="value"
          label={`${fields.value.label} (${metric.unit} per period)`}
          hint="The level before the programme, per period of the metric’s frequency."
          value={value}
          onChange={setValue}
          error={errorFor(errors, fields.value.id)}
          widthClass="govuk-input--width-10"
          autoComplete="off"
          spellCheck={false}
        />
        <InputField
          id={fields.annualGrowth.id}
          name="annualGrowth"
          label={fields.annualGrowth.label}
          hint="How demand would have grown a year without the programme, such as 0.035 for 3.5%; blank for none."
          value={growth}
          onChange={setGrowth}
          error={errorFor(errors, fields.annualGrowth.id)}
          widthClass="govuk-input--width-5"
          autoComplete="off"
          spellCheck={false}
        />
        {text(
          'measuredFrom',
          measuredFrom,
          setMeasuredFrom,
          `The first day measured. ${DATE_HINT}`,
        )}
        {text('measuredTo', measuredTo, setMeasuredTo, `The last day measured. ${DATE_HINT}`)}
        {text(
          'growthFrom',
          growthFrom,
          setGrowthFrom,
          `Growth is compounded per financial year from the year holding this date; blank for the programme’s first day. ${DATE_HINT}`,
        )}
        <TextareaField
          id={fields.note.id}
          name="note"
          label={`${fields.note.label} (optional)`}
          value={note}
          onChange={setNote}
          error={errorFor(errors, fields.note.id)}
          rows={2}
        />
        <SubmitButton pending={edit.isPending} secondary>
          Save baseline
        </SubmitButton>
      </form>
    </div>
  );
}
