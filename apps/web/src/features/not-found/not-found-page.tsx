import { Link } from 'react-router';
import { Page } from '../../components/page';
import { paths } from '../../lib/paths';

export function NotFoundPage() {
  return (
    <Page title={['Page not found']}>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If you pasted the web address, check you copied the entire address.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.programmes()}>
          See all programmes
        </Link>
      </p>
    </Page>
  );
}
