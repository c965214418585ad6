import { dateFromParts, partsOfDate, type DatePart } from '@outcomes/core';
import { useId, useState, type FormEvent } from 'react';
import { useAsOf } from '../lib/use-as-of';
import { DateInput, dateBoxId } from './date-input';
import { FormErrorSummary } from './form-error-summary';
import { SubmitButton } from './submit-button';

const LABEL = 'The date to show the figures at';

/**
 * Chooses the date the figures are worked out at, in the GOV.UK date input (day, month, year).
 * The date goes into the URL (`?asOf=`), which every query key includes, so applying it refetches
 * every figure on the page. A date that is not real is refused here, in words, before any request.
 */
export function AsOfControl() {
  const { asOf } = useAsOf();
  // A new URL date resets the boxes to match it.
  return <AsOfForm key={asOf ?? 'today'} />;
}

function AsOfForm() {
  const { asOf, setAsOf } = useAsOf();
  const id = `as-of${useId().replaceAll(':', '')}`;
  const [parts, setParts] = useState(() => partsOfDate(asOf));
  const [error, setError] = useState<{ message: string; parts: DatePart[] } | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = dateFromParts(parts, LABEL, { optional: true });
    if (!read.ok) {
      setError({ message: read.message, parts: read.parts });
      return;
    }
    setError(null);
    setAsOf(read.date ?? undefined);
  }

  return (
    <form
      className="app-as-of"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Date of the figures"
      data-testid="as-of-form"
    >
      <FormErrorSummary
        errors={
          error ? [{ fieldId: dateBoxId(id, error.parts[0] ?? 'day'), message: error.message }] : []
        }
        testId="as-of-error-summary"
      />
      <DateInput
        id={id}
        name="asOf"
        legend="Show figures as of"
        hint={
          <>
            Periods that ended on or before this date count as &ldquo;to date&rdquo;. For example,
            31 3 2015. Leave blank for today.
          </>
        }
        value={parts}
        onChange={setParts}
        error={error?.message}
        errorParts={error?.parts}
        testId="as-of-date"
      />
      <div className="app-as-of__row">
        <SubmitButton testId="as-of-apply">
          Apply<span className="govuk-visually-hidden"> date</span>
        </SubmitButton>
        {asOf ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setAsOf(undefined)}
            data-testid="as-of-reset"
          >
            Use today
          </button>
        ) : null}
      </div>
    </form>
  );
}
