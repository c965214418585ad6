import { useId, type FormEvent } from 'react';
import { useAsOf } from '../lib/use-as-of';

/**
 * Chooses the date the figures are worked out at. The date goes into the URL (`?asOf=`), which
 * every query key includes, so applying it refetches every figure on the page.
 */
export function AsOfControl() {
  const { asOf, setAsOf } = useAsOf();
  const inputId = useId();
  const hintId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('asOf');
    setAsOf(typeof value === 'string' && value ? value : undefined);
  }

  return (
    <form
      className="app-as-of"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Date of the figures"
      data-testid="as-of-form"
      // A new URL date resets the field to match it.
      key={asOf ?? 'today'}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={inputId}>
          Show figures as of
        </label>
        <div className="govuk-hint" id={hintId}>
          Periods that ended on or before this date count as &ldquo;to date&rdquo;. Leave blank for
          today.
        </div>
        <div className="app-as-of__row">
          <input
            className="govuk-input"
            type="date"
            id={inputId}
            name="asOf"
            defaultValue={asOf ?? ''}
            aria-describedby={hintId}
            data-testid="as-of-input"
          />
          <button type="submit" className="govuk-button" data-testid="as-of-apply">
            Apply<span className="govuk-visually-hidden"> date</span>
          </button>
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
      </div>
    </form>
  );
}
