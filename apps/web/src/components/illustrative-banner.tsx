import { Tag } from './tag';

/** Shown on every page of a programme whose figures are invented for demonstration. */
export function IllustrativeBanner() {
  return (
    <section
      className="govuk-phase-banner"
      aria-label="About these figures"
      data-testid="illustrative-banner"
    >
      <p className="govuk-phase-banner__content">
        <Tag colour="yellow" className="govuk-phase-banner__content__tag">
          Illustrative
        </Tag>
        <span className="govuk-phase-banner__text">
          Illustrative figures: the numbers in this programme are invented for demonstration and do
          not describe any real service, place or person.
        </span>
      </p>
    </section>
  );
}
