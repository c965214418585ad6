import { Suspense } from 'react';
import { Outlet, useParams } from 'react-router';
import { useProgramme } from '../../api/get-programme';
import { IllustrativeBanner } from '../../components/illustrative-banner';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { paths } from '../../lib/paths';

/**
 * Every page of one programme: the "illustrative figures" notice when the programme's data is
 * invented, or the API's error when the programme cannot be loaded.
 */
export function ProgrammeLayout() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);

  if (programme.isError) {
    return (
      <Page title={['Programme not found']}>
        <PageError
          error={programme.error}
          notFoundTitle="Programme not found"
          backTo={{ text: 'See all programmes', to: paths.programmes() }}
        />
      </Page>
    );
  }

  return (
    <>
      {programme.data?.illustrative ? <IllustrativeBanner /> : null}
      {/* Suspense here (not only in the root layout) so this layout's programme query is mounted
          while a page's code loads, and its answer is not fetched twice. */}
      <Suspense
        fallback={
          <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
            <Loading />
          </main>
        }
      >
        <Outlet />
      </Suspense>
    </>
  );
}
