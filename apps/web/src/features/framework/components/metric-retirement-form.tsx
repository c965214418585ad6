// Retire a metric from a date, or bring it back into use (issue 17). A metric with returned
// figures is never deleted: from its retirement date no figures are due, and the figures already
// returned stand. The API checks the date (the start of one of the metric's periods, after its
// last returned figure) and keeps the reason in the audit log; this form only reads the date.
import type { EditableFramework } from '@outcomes/contract';
import { dateFromParts, partsOfDate, type DateParts } from '@outcomes/core';
import { useState, type FormEvent } from 'react';
import { DateInput, dateBoxId } from '../../../components/date-input';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { TextareaField } from '../../../components/form-fields';
import { SubmitButton } from '../../../components/submit-button';
import { formatDate } from '../../../lib/format';
import { setupFormErrors } from '../../installation/components/field-errors';
import { useRetireMetric } from '../api/framework-api';

type Metric = EditableFramework['metrics'][number];

// The API's limit (contract RETIREMENT_REASON_MAX_LENGTH).
const MAX_REASON = 1000;

const FIRST_DAYS: Record<Metric['frequency'], string> = {
  month: 'the 1st of a month',
  quarter: '1 April, 1 July, 1 October or 1 January',
  year: '1 April',
};

export function MetricRetirementForm({
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
  const prefix = `metric-${metric.id}-retirement`;
  const fields = {
    retiredFrom: { id: dateBoxId(`${prefix}-date`), label: 'Retired from' },
    reason: { id: `${prefix}-reason`, label: 'Reason' },
  };
  const retire = useRetireMetric(programmeId, csrfToken);
  const [date, setDate] = useState<DateParts>(partsOfDate(metric.retiredFrom));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const retired = metric.retiredFrom !== null;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FormError[] = [];
    // Blank brings a retired metric back into use; a metric in use needs a date.
    const read = dateFromParts(date, 'The date it is retired from', { optional: retired });
    let retiredFrom: string | null = null;
    if (!read.ok) {
      problems.push({ fieldId: dateBoxId(`${prefix}-date`, read.parts[0]), message: read.message });
    } else if (read.date === null && !retired) {
      problems.push({
        fieldId: fields.retiredFrom.id,
        message: 'Enter the date it is retired from',
      });
    } else {
      retiredFrom = read.date;
    }
    if (reason.trim() === '')
      problems.push({ fieldId: fields.reason.id, message: 'Enter the reason' });
    if (reason.trim().length > MAX_REASON) {
      problems.push({
        fieldId: fields.reason.id,
        message: `The reason must be ${MAX_REASON} characters or fewer`,
      });
    }
    setErrors(problems);
    if (problems.length > 0) return;
    retire.mutate(
      { metricId: metric.id, body: { retiredFrom, reason } },
      {
        onSuccess: () =>
          onSaved(
            retiredFrom === null
              ? `“${metric.name}” back in use`
              : `“${metric.name}” as retired from ${formatDate(retiredFrom)}`,
          ),
        onError: (error) =>
          setErrors(setupFormErrors(error, fields, 'The retirement was not saved.')),
      },
    );
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId?.startsWith(id))?.message;
  return (
    <section aria-labelledby={`${prefix}-heading`} data-testid={`${prefix}-section`}>
      <h4 className="govuk-heading-s" id={`${prefix}-heading`}>
        Retire “{metric.name}”
      </h4>
      <p className="govuk-body" data-testid={`${prefix}-status`}>
        {retired
          ? `Retired from ${formatDate(metric.retiredFrom ?? '')}: no figures are due from then.`
          : 'In use: figures are due every period.'}{' '}
        A metric with returned figures is never deleted. Retiring it stops figures being due from a
        date; the figures already returned, and their revisions, stay as they are.
      </p>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        <DateInput
          id={`${prefix}-date`}
          name={`${prefix}-date`}
          legend={fields.retiredFrom.label}
          hint={`The first day from which no figures are due: ${FIRST_DAYS[metric.frequency]}, after the last period returned. ${
            retired ? 'Leave it blank to bring the metric back into use. ' : ''
          }For example, 1 4 2026.`}
          value={date}
          onChange={setDate}
          error={errorFor(`${prefix}-date`)}
          testId={`${prefix}-date`}
        />
        <TextareaField
          id={fields.reason.id}
          name="reason"
          label={fields.reason.label}
          hint="Why, for the audit log: the board minute or the change in recording."
          value={reason}
          onChange={setReason}
          error={errorFor(fields.reason.id)}
          rows={2}
        />
        <SubmitButton pending={retire.isPending} secondary>
          {retired ? 'Save retirement' : 'Retire metric'}
        </SubmitButton>
      </form>
    </section>
  );
}
