import { Link } from 'react-router';
import { paths } from '../../lib/paths';

export function Footer() {
  return (
    <footer className="govuk-footer app-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to={paths.accessibility()}>
                  Accessibility statement
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to={paths.programmes()}>
                  All programmes
                </Link>
              </li>
            </ul>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              Outcomes: benefits realisation for public-service partnerships.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
