import { Link, useMatch } from 'react-router';
import { useProgramme } from '../../api/get-programme';
import { paths } from '../../lib/paths';
import { useAsOf, withAsOf } from '../../lib/use-as-of';

/**
 * GOV.UK "generic" header in the partnership's colour: the service name, and the programme
 * being viewed. No crown and no GOV.UK logotype: this is not a GOV.UK service.
 */
export function Header() {
  const match = useMatch('/programmes/:programmeId/*');
  const programmeId = match?.params.programmeId;
  const { data: programme } = useProgramme(programmeId);
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
          </div>
        ) : null}
      </div>
    </header>
  );
}
