import { useParams, useSearchParams } from 'react-router';
import { useProgramme } from '../../api/get-programme';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { apiUrl } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { paths } from '../../lib/paths';
import { withAsOf } from '../../lib/use-as-of';
import { useBoardPackData } from './api/use-board-pack-data';
import { Cover } from './components/cover';
import { DataAnnex } from './components/data-annex';
import { ExceptionsSection } from './components/exceptions-section';
import { FinanceAnnex } from './components/finance-annex';
import { MeetingDatesForm } from './components/meeting-dates-form';
import { MissingReturnsAnnex } from './components/missing-returns-annex';
import { StrandSection } from './components/strand-section';
import { StrandsAtAGlance, SummarySection } from './components/summary-section';
import './board-pack.css';

/**
 * The bi-monthly board pack, for the screen and for A4 print (the PDF endpoint prints this page
 * with Chromium). `data-board-pack-ready` turns "true" once every figure has loaded, "error" when
 * one could not be: the PDF renderer waits for it.
 */
export function BoardPackPage() {
  const { programmeId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const asOf = searchParams.get('asOf') || undefined;
  const since = searchParams.get('since') || undefined;
  const programme = useProgramme(programmeId);
  const state = useBoardPackData(programmeId, asOf, since);

  const title = ['Board pack', programme.data?.name];
  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    { text: programme.data?.name ?? 'Programme', to: withAsOf(paths.programme(programmeId), asOf) },
  ];

  if (state.status === 'error') {
    const message = state.error instanceof Error ? state.error.message : 'The pack could not load.';
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <div data-board-pack-ready="error" data-board-pack-error={message}>
          <PageError error={state.error} notFoundTitle="Programme not found" offerAsOf />
        </div>
      </Page>
    );
  }
  if (state.status === 'loading') {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <div data-board-pack-ready="false">
          <h1 className="govuk-heading-xl">Board pack</h1>
          <Loading what="the board pack" />
        </div>
      </Page>
    );
  }

  const { data } = state;
  const pdfParams: Record<string, string> = { asOf: data.asOf, since: data.since };
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <div className="app-board-pack" data-board-pack-ready="true" data-testid="board-pack">
        <div className="app-board-pack__screen-only app-board-pack__tools">
          <MeetingDatesForm
            key={`${data.asOf} ${data.since}`}
            asOf={data.asOf}
            since={data.since}
          />
          <p className="govuk-body">
            <a
              className="govuk-link"
              href={apiUrl(
                `/programmes/${encodeURIComponent(programmeId)}/board-pack.pdf`,
                pdfParams,
              )}
              data-testid="board-pack-pdf"
              download
            >
              Download the board pack as a PDF (meeting of {formatDate(data.asOf)})
            </a>
          </p>
        </div>
        <Cover data={data} />
        <SummarySection data={data} />
        <StrandsAtAGlance data={data} />
        {data.strands.map((detail) => (
          <StrandSection key={detail.strand.id} data={data} detail={detail} />
        ))}
        <ExceptionsSection data={data} />
        <FinanceAnnex data={data} />
        <DataAnnex data={data} />
        <MissingReturnsAnnex data={data} />
      </div>
    </Page>
  );
}
