// The board pack's meeting and previous-meeting dates, as GOV.UK date inputs with errors in
// words (never the API's text). The dates go into the URL (`asOf`, `since`), so a pack can be
// shared and printed as shown.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseDateParts,
  toParts,
  type DateField,
  type DateParts,
  type ParsedDate,
} from '../lib/meeting-dates';

interface FieldError {
  message: string;
  fields: DateField[];
}

interface DateInputProps {
  id: string;
  legend: string;
  hint: string;
  value: DateParts;
  onChange: (next: DateParts) => void;
  error: FieldError | undefined;
}

const LABELS: Record<DateField, string> = { day: 'Day', month: 'Month', year: 'Year' };

function DateInput({ id, legend, hint, value, onChange, error }: DateInputProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message" data-testid={`${id}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error.message}
          </p>
        ) : null}
        <div className="govuk-date-input" id={id}>
          {(['day', 'month', 'year'] as const).map((field) => (
            <div className="govuk-date-input__item" key={field}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${field}`}>
                  {LABELS[field]}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${field === 'year' ? 4 : 2}${
                    error?.fields.includes(field) ? ' govuk-input--error' : ''
                  }`}
                  id={`${id}-${field}`}
                  name={`${id}-${field}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[field]}
                  onChange={(e) => onChange({ ...value, [field]: e.target.value })}
                  data-testid={`${id}-${field}`}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function MeetingDatesForm({ asOf, since }: { asOf: string; since: string }) {
  const [, setSearchParams] = useSearchParams();
  const [meeting, setMeeting] = useState(() => toParts(asOf));
  const [previous, setPrevious] = useState(() => toParts(since));
  const [errors, setErrors] = useState<{ meeting?: FieldError; previous?: FieldError }>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const m: ParsedDate = parseDateParts(meeting, 'The meeting date');
    const p: ParsedDate = parseDateParts(previous, 'The previous meeting date');
    const next: { meeting?: FieldError; previous?: FieldError } = {};
    if (m.kind === 'error') next.meeting = m;
    if (p.kind === 'error') next.previous = p;
    if (m.kind === 'date' && p.kind === 'date' && p.iso > m.iso) {
      next.previous = {
        message: 'The previous meeting date must be the same as or before the meeting date',
        fields: ['day', 'month', 'year'],
      };
    }
    setErrors(next);
    if (next.meeting || next.previous) return;
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (m.kind === 'date') params.set('asOf', m.iso);
      else params.delete('asOf');
      // A blank previous meeting means the default: two months before the meeting.
      if (p.kind === 'date') params.set('since', p.iso);
      else params.delete('since');
      return params;
    });
  }

  const summary = [
    errors.meeting ? { href: '#meeting-day', text: errors.meeting.message } : null,
    errors.previous ? { href: '#previous-day', text: errors.previous.message } : null,
  ].filter((e): e is { href: string; text: string } => e !== null);

  return (
    <form
      className="app-board-pack__dates"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Meeting dates of the board pack"
      data-testid="pack-dates-form"
    >
      {summary.length > 0 ? (
        <div className="govuk-error-summary" data-module="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              {summary.map((e) => (
                <li key={e.href}>
                  <a href={e.href}>{e.text}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <div className="app-board-pack__dates-row">
        <DateInput
          id="meeting"
          legend="Meeting date"
          hint="The figures are as of this date. For example, 31 3 2017"
          value={meeting}
          onChange={setMeeting}
          error={errors.meeting}
        />
        <DateInput
          id="previous"
          legend="Previous meeting"
          hint="What moved is measured from this date. Leave blank for two months before"
          value={previous}
          onChange={setPrevious}
          error={errors.previous}
        />
      </div>
      <button type="submit" className="govuk-button" data-testid="pack-dates-apply">
        Show the pack for these dates
      </button>
    </form>
  );
}
