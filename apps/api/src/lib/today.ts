// Made once: building an Intl.DateTimeFormat costs far more than formatting with it, and this
// runs on every read request.
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in the UK, as YYYY-MM-DD. The default as-of date is the date a board member
 * in England sees on the wall, not the server's UTC date (they differ for an hour each night in
 * British Summer Time).
 */
export function todayInLondon(now: Date = new Date()): string {
  const parts = LONDON_DATE.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
