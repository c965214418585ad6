import type { CommentaryEntry, SeriesPeriod } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { CheckboxField, SelectField, TextareaField } from '../../../components/form-fields';
import { ApiError } from '../../../lib/api-client';
import { friendlyApiMessage, friendlyFieldMessage } from '../../../lib/friendly-error';
import { ApiFieldError } from '../../../lib/api-send';
import { useAddCommentary } from '../api/add-commentary';
import { SuccessBanner } from '../../../components/success-banner';
import { SubmitButton } from '../../../components/submit-button';

// The API's limit (contract COMMENTARY_MAX_LENGTH), checked here too so nobody types 3,000
// characters to be told afterwards. The contract's zod stays out of the bundle.
const MAX_LENGTH = 2000;

const FIELDS = [
  {
    name: 'whatHappened',
    label: 'What happened',
    hint: 'The story behind this period’s figure. Required.',
  },
  { name: 'whatHelps', label: 'What helps', hint: 'Optional.' },
  { name: 'whatHurts', label: 'What hurts', hint: 'Optional.' },
  { name: 'whatNext', label: 'What next', hint: 'Optional: what the partners will do about it.' },
] as const;
type FieldName = (typeof FIELDS)[number]['name'];
type Texts = Record<FieldName, string>;

const EMPTY: Texts = { whatHappened: '', whatHelps: '', whatHurts: '', whatNext: '' };
const fieldId = (name: string) => `commentary-${name}`;

function textsOf(entry: CommentaryEntry | undefined): Texts {
  if (!entry) return EMPTY;
  const c = entry.current;
  return {
    whatHappened: c.whatHappened,
    whatHelps: c.whatHelps ?? '',
    whatHurts: c.whatHurts ?? '',
    whatNext: c.whatNext ?? '',
  };
}

function check(texts: Texts): FormError[] {
  const errors: FormError[] = [];
  if (texts.whatHappened.trim() === '') {
    errors.push({ fieldId: fieldId('whatHappened'), message: 'Enter what happened' });
  }
  for (const f of FIELDS) {
    if (texts[f.name].trim().length > MAX_LENGTH) {
      errors.push({
        fieldId: fieldId(f.name),
        message: `${f.label} must be ${MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });
    }
  }
  return errors;
}

function errorsFromApi(error: unknown): FormError[] {
  if (error instanceof ApiFieldError && error.fields.length > 0) {
    return error.fields.map((f) => ({
      fieldId: f.field === 'periodStart' ? fieldId('period') : fieldId(f.field),
      message: friendlyFieldMessage(f.field, f.message),
    }));
  }
  if (error instanceof ApiError) {
    if (error.status === 409) {
      return [
        {
          message: `${error.message} Your text is still below: compare it with the latest revision in the list, then save again to replace it.`,
        },
      ];
    }
  }
  return [{ message: friendlyApiMessage(error, 'The commentary could not be saved. Try again.') }];
}

interface CommentaryFormProps {
  programmeId: string;
  metricId: string;
  /** Periods that can be written about, oldest first. */
  periods: readonly SeriesPeriod[];
  entries: readonly CommentaryEntry[];
  csrfToken: string | null;
}

/** Writes a new revision of a period's story behind the curve; the earlier ones are kept. */
export function CommentaryForm({
  programmeId,
  metricId,
  periods,
  entries,
  csrfToken,
}: CommentaryFormProps) {
  // The latest period that has a figure: the one a sponsor writes about (a missing return's
  // period stays choosable, but is not where a story usually starts).
  const latest = periods.findLast((p) => p.actual !== null) ?? periods[periods.length - 1];
  const entryOf = (periodStart: string) => entries.find((e) => e.periodStart === periodStart);
  const [periodStart, setPeriodStart] = useState(latest?.periodStart ?? '');
  const [texts, setTexts] = useState<Texts>(() => textsOf(entryOf(latest?.periodStart ?? '')));
  const [baseRevision, setBaseRevision] = useState(
    () => entryOf(latest?.periodStart ?? '')?.current.revision ?? 0,
  );
  const [isPublic, setIsPublic] = useState(
    () => entryOf(latest?.periodStart ?? '')?.current.public ?? false,
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useAddCommentary(programmeId, metricId, csrfToken);

  if (!latest) {
    return <p className="govuk-body">There are no periods to write about yet.</p>;
  }

  function choosePeriod(next: string) {
    setPeriodStart(next);
    const entry = entryOf(next);
    setTexts(textsOf(entry));
    setBaseRevision(entry?.current.revision ?? 0);
    setIsPublic(entry?.current.public ?? false);
    setErrors([]);
    setSaved(null);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const problems = check(texts);
    setErrors(problems);
    if (problems.length > 0) return;
    mutation.mutate(
      { periodStart, ...texts, replacesRevision: baseRevision, public: isPublic },
      {
        onSuccess: (entry) => {
          setBaseRevision(entry.current.revision);
          setErrors([]);
          setSaved(
            `Commentary saved for ${entry.label} (revision ${entry.current.revision}${entry.current.public ? ', marked public' : ''}).`,
          );
        },
        onError: (error) => {
          if (error instanceof ApiFieldError && error.status === 409) {
            const current = (error.details as { current?: unknown } | undefined)?.current;
            if (typeof current === 'number') setBaseRevision(current);
          }
          setErrors(errorsFromApi(error));
        },
      },
    );
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const existing = entryOf(periodStart);
  return (
    <form onSubmit={handleSubmit} noValidate data-testid="commentary-form" aria-label="Commentary">
      {saved ? (
        <SuccessBanner testId="commentary-saved" role="status">
          {saved}
        </SuccessBanner>
      ) : null}
      <FormErrorSummary errors={errors} testId="commentary-errors" />
      <SelectField
        id={fieldId('period')}
        name="periodStart"
        label="Period"
        hint={
          existing
            ? `This period has commentary (revision ${existing.current.revision}); saving adds revision ${existing.current.revision + 1} and keeps the earlier ones.`
            : 'The period the story is about.'
        }
        error={errorFor(fieldId('period'))}
        value={periodStart}
        onChange={choosePeriod}
        options={[...periods].reverse().map((p) => ({ value: p.periodStart, text: p.label }))}
      />
      {FIELDS.map((f) => (
        <TextareaField
          key={f.name}
          id={fieldId(f.name)}
          name={f.name}
          label={f.label}
          hint={f.hint}
          error={errorFor(fieldId(f.name))}
          value={texts[f.name]}
          onChange={(value) => setTexts((t) => ({ ...t, [f.name]: value }))}
          rows={f.name === 'whatHappened' ? 5 : 3}
        />
      ))}
      <CheckboxField
        id={fieldId('public')}
        name="public"
        label="Show this story on the public page"
        hint="Only if the programme publishes a public page. It is shown without your name: do not name or describe anyone who could be identified."
        checked={isPublic}
        onChange={setIsPublic}
        testId="commentary-public"
      />
      <SubmitButton pending={mutation.isPending} testId="commentary-submit">
        {mutation.isPending ? 'Saving…' : 'Save commentary'}
      </SubmitButton>
    </form>
  );
}
