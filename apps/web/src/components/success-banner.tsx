// GOV.UK's success notification banner, shared by every form that reports a change it saved
// (https://design-system.service.gov.uk/components/notification-banner/).
import { useId, type ReactNode } from 'react';

export function SuccessBanner({
  children,
  testId,
  headingLevel = 3,
  role = 'alert',
}: {
  /** What was done, in words: the banner's heading. */
  children: ReactNode;
  testId: string;
  /** The banner's "Success" title sits one level below the section it reports on. */
  headingLevel?: 2 | 3;
  /** 'alert' after a user's own action moves them on; 'status' where they stay in the form. */
  role?: 'alert' | 'status';
}) {
  const titleId = useId();
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role={role}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <div className="govuk-notification-banner__header">
        <Title className="govuk-notification-banner__title" id={titleId}>
          Success
        </Title>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
