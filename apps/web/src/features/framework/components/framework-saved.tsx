// What the Framework page's last save did. A unit-cost edit that changed the business case made a
// new version (the API's answer names it): it changes no judgement until an admin puts it in
// force, so the banner says so and links to where that is decided.
import { Link } from 'react-router';
import { SuccessBanner } from '../../../components/success-banner';
import { paths } from '../../../lib/paths';

export interface Saved {
  /** What was saved, in words: "the strand “Safer Streets”". */
  what: string;
  /** The business-case version the save recorded; null or absent when it made none. */
  businessCaseVersion?: number | null;
}

export function FrameworkSaved({ programmeId, saved }: { programmeId: string; saved: Saved }) {
  const version = saved.businessCaseVersion ?? null;
  return (
    <SuccessBanner testId="framework-saved" headingLevel={2}>
      Saved {saved.what}.
      {version === null ? null : (
        <>
          {' '}
          This made business-case version {version}, which changes no judgement until an admin puts
          it in force on the{' '}
          <Link
            className="govuk-notification-banner__link"
            to={paths.businessCaseVersions(programmeId)}
            data-testid="framework-saved-versions-link"
          >
            business case versions page
          </Link>
          .
        </>
      )}
    </SuccessBanner>
  );
}
