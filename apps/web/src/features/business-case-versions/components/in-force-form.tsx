// Puts a business case version in force from a date, with the reason (a programme admin; the API
// checks again). GOV.UK form: error summary, select, date input, textarea, submit.
import type { BusinessCaseVersions } from '@outcomes/contract';
import { dateFromParts, type DateParts } from '@outcomes/core';
import { useState, type FormEvent } from 'react';
import { DateInput, dateBoxId } from '../../../components/date-input';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField, TextareaField } from '../../../components/form-fields';
import { ApiFieldError } from '../../../lib/api-send';
import { formatDate } from '../../../lib/format';
import { friendlyApiMessage } from '../../../lib/friendly-error';
import { useDecideInForce } from '../api/business-case-versions';
import { SubmitButton } from '../../../components/submit-button';

// The API's limit (contract IN_FORCE_REASON_MAX_LENGTH).
const MAX_REASON = 2000;
const FIELD_IDS = {
  version: 'in-force-version',
  effectiveFrom: 'in-force-date',
  reason: 'in-force-reason',
};

interface InForceFormProps {
  programmeId: string;
  versions: BusinessCaseVersions;
  csrfToken: string | null;
}

export function InForceForm({ programmeId, versions, csrfToken }: InForceFormProps) {
  const latest = versions.decisions.at(-1);
  const [version, setVersion] = useState(String(versions.versions.at(-1)?.version ?? 1));
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useDecideInForce(programmeId, csrfToken);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const problems: FormError[] = [];
    const read = dateFromParts(date, 'The date it is in force from');
    let effectiveFrom: string | null = null;
    if (!read.ok) {
      problems.push({
        fieldId: dateBoxId(FIELD_IDS.effectiveFrom, read.parts[0]),
        message: read.message,
      });
    } else if (read.date === null) {
      problems.push({
        fieldId: dateBoxId(FIELD_IDS.effectiveFrom),
        message: 'Enter the date it is in force from',
      });
    } else {
      effectiveFrom = read.date;
    }
    if (reason.trim() === '')
      problems.push({ fieldId: FIELD_IDS.reason, message: 'Enter the reason' });
    if (reason.trim().length > MAX_REASON) {
      problems.push({
        fieldId: FIELD_IDS.reason,
        message: `The reason must be ${MAX_REASON} characters or fewer`,
      });
    }
    setErrors(problems);
    if (problems.length > 0 || effectiveFrom === null) return;
    mutation.mutate(
      { version: Number(version), effectiveFrom, reason },
      {
        onSuccess: (d) => {
          setReason('');
          setSaved(`Version ${d.version} is in force from ${formatDate(d.effectiveFrom)}.`);
        },
        onError: (error) =>
          setErrors(
            error instanceof ApiFieldError && error.fields.length > 0
              ? error.fields.map((f) => ({
                  fieldId:
                    f.field === 'effectiveFrom'
                      ? dateBoxId(FIELD_IDS.effectiveFrom)
                      : f.field === 'reason'
                        ? FIELD_IDS.reason
                        : FIELD_IDS.version,
                  message: f.message,
                }))
              : [{ message: friendlyApiMessage(error, 'The decision could not be saved.') }],
          ),
      },
    );
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId?.startsWith(id))?.message;
  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      data-testid="in-force-form"
      aria-label="Set the version in force"
    >
      {saved ? (
        <div className="govuk-inset-text" role="status" data-testid="in-force-saved">
          {saved}
        </div>
      ) : null}
      <FormErrorSummary errors={errors} testId="in-force-errors" />
      <SelectField
        id={FIELD_IDS.version}
        name="version"
        label="Version"
        error={errorFor(FIELD_IDS.version)}
        value={version}
        onChange={setVersion}
        options={versions.versions.map((v) => ({
          value: String(v.version),
          text: `v${v.version} ${v.name}`,
        }))}
      />
      <DateInput
        id={FIELD_IDS.effectiveFrom}
        name="effectiveFrom"
        legend="In force from"
        hint={
          latest
            ? `After ${formatDate(latest.effectiveFrom)}, when the latest decision took effect. For example, 1 4 2015.`
            : 'For example, 1 4 2015.'
        }
        value={date}
        onChange={setDate}
        error={errorFor(FIELD_IDS.effectiveFrom)}
        testId="in-force-date"
      />
      <TextareaField
        id={FIELD_IDS.reason}
        name="reason"
        label="Reason"
        hint="Who approved it and why: the board minute, the refresh it records."
        error={errorFor(FIELD_IDS.reason)}
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <SubmitButton pending={mutation.isPending} testId="in-force-submit">
        Set in force
      </SubmitButton>
    </form>
  );
}
