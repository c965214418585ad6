// The one submit button every form uses: the GOV.UK button, primary or secondary, that cannot be
// pressed twice while its request is on the way (a double submission would store a revision or
// an upload twice).
import type { ReactNode } from 'react';

interface SubmitButtonProps {
  children: ReactNode;
  /** The form's request is on the way: the button is disabled until it answers. */
  pending?: boolean;
  /** A secondary action on a page whose main action is elsewhere. */
  secondary?: boolean;
  className?: string;
  testId?: string;
}

export function SubmitButton({
  children,
  pending = false,
  secondary = false,
  className,
  testId,
}: SubmitButtonProps) {
  const classes = ['govuk-button', secondary ? 'govuk-button--secondary' : null, className]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="submit"
      className={classes}
      data-module="govuk-button"
      data-prevent-double-click="true"
      disabled={pending}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
