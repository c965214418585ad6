import { Link, useMatch } from 'react-router';
import { useMe } from '../../api/get-me';
import { useProgramme } from '../../api/get-programme';
import { paths } from '../../lib/paths';
import { useAsOf, withAsOf } from '../../lib/use-as-of';
import { UserNavigation } from './user-navigation';

/**
 * GOV.UK "generic" header in the partnership's colour: the service name, and the programme
 * being viewed. No crown and no GOV.UK logotype: this is not a GOV.UK service.
 */
export function Header() {
  const match = useMatch('/programmes/:programmeId/*');
  const programmeId = match?.params.programmeId;
  const { data: me } = useMe();
  // Only once signed in: a signed-out browser asks for nothing but /api/me.
  const { data: programme } = useProgramme(me ? programmeId : undefined);
  const { asOf } = useAsOf();

  return (
    <header className="govuk-header app-header" data-testid="header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <Link
            to={withAsOf(paths.home(), asOf)}
            className="govuk-header__link govuk-header__link--homepage"
          >
            <span className="govuk-header__product-name app-header__product-name">Outcomes</span>
          </Link>
        </div>
        {programmeId && programme ? (
          <div className="govuk-header__content">
            <Link
              to={withAsOf(paths.programme(programme.id), asOf)}
              className="govuk-header__link govuk-header__service-name"
              data-testid="header-programme-name"
            >
              {programme.name}
            </Link>
            <nav aria-label="Programme" className="app-header__programme-nav">
              <Link
                to={withAsOf(paths.finance(programme.id), asOf)}
                className="govuk-header__link"
                data-testid="header-finance"
              >
                Finance
              </Link>
              <Link
                to={withAsOf(paths.returns(programme.id), asOf)}
                className="govuk-header__link"
                data-testid="header-returns"
              >
                Returns
              </Link>
              <Link
                to={withAsOf(`${paths.programme(programme.id)}/board-pack`, asOf)}
                className="govuk-header__link"
                data-testid="header-board-pack"
              >
                Board pack
              </Link>
            </nav>
          </div>
        ) : null}
        {me ? <UserNavigation me={me} programmeId={programme ? programmeId : undefined} /> : null}
      </div>
    </header>
  );
}
