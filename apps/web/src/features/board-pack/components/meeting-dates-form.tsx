// The board pack's meeting and previous-meeting dates, as GOV.UK date inputs with errors in
// words (never the API's text). The dates go into the URL (`asOf`, `since`), so a pack can be
// shared and printed as shown. The boxes, the error summary and the reading of what was typed are
// the shared ones (`DateInput`, `FormErrorSummary`, core's `dateFromParts`), as on the "as of"
// control.
import { dateFromParts, partsOfDate, type DatePart } from '@outcomes/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { DateInput, dateBoxId } from '../../../components/date-input';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SubmitButton } from '../../../components/submit-button';

interface DateError {
  message: string;
  parts: DatePart[];
}

type DatesErrors = { meeting?: DateError; previous?: DateError };

const ALL_PARTS: DatePart[] = ['day', 'month', 'year'];

/** Reads both dates; the previous meeting may be blank (two months before the meeting). */
function readDates(meeting: ReturnType<typeof partsOfDate>, previous: typeof meeting) {
  const m = dateFromParts(meeting, 'The meeting date', { optional: true });
  const p = dateFromParts(previous, 'The previous meeting date', { optional: true });
  const errors: DatesErrors = {};
  if (!m.ok) errors.meeting = { message: m.message, parts: m.parts };
  if (!p.ok) errors.previous = { message: p.message, parts: p.parts };
  if (m.ok && p.ok && m.date && p.date && p.date > m.date) {
    errors.previous = {
      message: 'The previous meeting date must be the same as or before the meeting date',
      parts: ALL_PARTS,
    };
  }
  return { meeting: m.ok ? m.date : null, previous: p.ok ? p.date : null, errors };
}

export function MeetingDatesForm({ asOf, since }: { asOf: string; since: string }) {
  const [, setSearchParams] = useSearchParams();
  const [meeting, setMeeting] = useState(() => partsOfDate(asOf));
  const [previous, setPrevious] = useState(() => partsOfDate(since));
  const [errors, setErrors] = useState<DatesErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readDates(meeting, previous);
    setErrors(read.errors);
    if (read.errors.meeting || read.errors.previous) return;
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (read.meeting) params.set('asOf', read.meeting);
      else params.delete('asOf');
      // A blank previous meeting means the default: two months before the meeting.
      if (read.previous) params.set('since', read.previous);
      else params.delete('since');
      return params;
    });
  }

  const summary: FormError[] = (['meeting', 'previous'] as const).flatMap((id) => {
    const error = errors[id];
    return error ? [{ fieldId: dateBoxId(id, error.parts[0]), message: error.message }] : [];
  });

  return (
    <form
      className="app-board-pack__dates"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Meeting dates of the board pack"
      data-testid="pack-dates-form"
    >
      <FormErrorSummary errors={summary} testId="pack-dates-error-summary" />
      <div className="app-board-pack__dates-row">
        <DateInput
          id="meeting"
          name="meeting"
          legend="Meeting date"
          hint="The figures are as of this date. For example, 31 3 2017"
          value={meeting}
          onChange={setMeeting}
          error={errors.meeting?.message}
          errorParts={errors.meeting?.parts}
        />
        <DateInput
          id="previous"
          name="previous"
          legend="Previous meeting"
          hint="What moved is measured from this date. Leave blank for two months before"
          value={previous}
          onChange={setPrevious}
          error={errors.previous?.message}
          errorParts={errors.previous?.parts}
        />
      </div>
      <SubmitButton testId="pack-dates-apply">Show the pack for these dates</SubmitButton>
    </form>
  );
}
