import { Link, Navigate } from 'react-router';
import { useMe } from '../../api/get-me';
import { useProgrammes } from '../../api/get-programmes';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { Tag } from '../../components/tag';
import { landingPath } from '../../lib/landing';
import { paths } from '../../lib/paths';
import { useAsOf, withAsOf } from '../../lib/use-as-of';

/**
 * The list of programmes; at `/` a single programme opens straight away, on the page where the
 * user's work is (landingPath).
 */
export function ProgrammesPage({ redirectSingle = false }: { redirectSingle?: boolean }) {
  const { asOf } = useAsOf();
  const programmes = useProgrammes();
  const me = useMe();
  const only = programmes.data?.length === 1 ? programmes.data[0] : undefined;

  if (redirectSingle && only && !me.isPending) {
    const [path = '', hash] = landingPath(me.data, only.id).split('#');
    return (
      <Navigate replace to={`${withAsOf(path, asOf)}${hash === undefined ? '' : `#${hash}`}`} />
    );
  }

  return (
    <Page title={['Programmes']}>
      {programmes.isPending ? (
        <Loading what="programmes" />
      ) : programmes.isError ? (
        <PageError error={programmes.error} />
      ) : (
        <>
          <h1 className="govuk-heading-l">Programmes</h1>
          {me.data?.installationAdmin ? (
            <p className="govuk-body">
              <Link
                className="govuk-link"
                to={paths.installation()}
                data-testid="installation-link"
              >
                Create a programme or give one its admin
              </Link>
            </p>
          ) : null}
          {programmes.data.length === 0 ? (
            <p className="govuk-body">No programme has been loaded yet.</p>
          ) : (
            <ul className="govuk-list govuk-list--spaced" data-testid="programme-list">
              {programmes.data.map((programme) => (
                <li key={programme.id} data-testid={`programme-${programme.id}`}>
                  <Link
                    className="govuk-link govuk-!-font-weight-bold"
                    to={withAsOf(paths.programme(programme.id), asOf)}
                  >
                    {programme.name}
                  </Link>{' '}
                  <span className="app-secondary-text">{programme.place}</span>{' '}
                  {programme.illustrative ? <Tag colour="yellow">Illustrative</Tag> : null}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
