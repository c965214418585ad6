import type { Me } from '@outcomes/contract';
import { Link, useNavigate } from 'react-router';
import { useSignOut } from '../../features/auth/api/sign-out';
import { paths } from '../../lib/paths';
import { hasRole } from '../../lib/roles';

/**
 * The header's links for the signed-in user: the programme's admin and audit pages when their
 * roles allow them (nobody sees a link they could not use), their account, and sign out.
 */
export function UserNavigation({ me, programmeId }: { me: Me; programmeId: string | undefined }) {
  const signOut = useSignOut(me.csrfToken);
  const navigate = useNavigate();
  const isAdmin = hasRole(me, programmeId, ['admin']);
  const canAudit = hasRole(me, programmeId, ['finance', 'admin']);
  return (
    <nav
      aria-label="Account and administration"
      className="govuk-header__navigation app-header__navigation"
    >
      <ul className="govuk-header__navigation-list" data-testid="user-navigation">
        {programmeId && isAdmin ? (
          <li className="govuk-header__navigation-item">
            <Link
              className="govuk-header__link"
              to={paths.users(programmeId)}
              data-testid="nav-users"
            >
              Users
            </Link>
          </li>
        ) : null}
        {programmeId && isAdmin ? (
          <li className="govuk-header__navigation-item">
            <Link
              className="govuk-header__link"
              to={paths.businessCase(programmeId)}
              data-testid="nav-business-case"
            >
              Business case
            </Link>
          </li>
        ) : null}
        {programmeId && isAdmin ? (
          <li className="govuk-header__navigation-item">
            <Link
              className="govuk-header__link"
              to={paths.framework(programmeId)}
              data-testid="nav-framework"
            >
              Framework
            </Link>
          </li>
        ) : null}
        {programmeId && canAudit ? (
          <li className="govuk-header__navigation-item">
            <Link
              className="govuk-header__link"
              to={paths.audit(programmeId)}
              data-testid="nav-audit"
            >
              Audit log
            </Link>
          </li>
        ) : null}
        <li className="govuk-header__navigation-item">
          <Link className="govuk-header__link" to={paths.account()} data-testid="nav-account">
            <span className="govuk-visually-hidden">Your account: </span>
            {me.name}
          </Link>
        </li>
        <li className="govuk-header__navigation-item">
          <button
            type="button"
            className="govuk-header__link app-header__sign-out"
            data-testid="sign-out"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => navigate(paths.home()) })}
          >
            Sign out
          </button>
        </li>
      </ul>
    </nav>
  );
}
