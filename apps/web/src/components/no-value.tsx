/** A blank cell or figure: a dash on screen, words for screen readers. */
export function NoValue({ label = 'No figure' }: { label?: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">{label}</span>
    </>
  );
}
