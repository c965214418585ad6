import { useParams } from 'react-router';
import { useProgramme } from '../../api/get-programme';
import { BoardSummaryTable } from '../../components/board-summary-table';
import { Collapsible } from '../../components/collapsible';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { ProgrammePageHeading } from '../../components/programme-page-heading';
import { paths } from '../../lib/paths';
import { useAsOf } from '../../lib/use-as-of';
import { useProgrammeSummary } from './api/get-programme-summary';
import { CumulativeBenefitFigure } from './components/cumulative-benefit-figure';
import { HeadlineFigures } from './components/headline-figures';
import { StrandsTable } from './components/strands-table';
import { VarianceSection } from '../variance/components/variance-section';

/** The board's view: is the programme delivering, and which strands are off track? */
export function OverviewPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const programme = useProgramme(programmeId);
  const summary = useProgrammeSummary(programmeId, asOf);

  const breadcrumbs = [{ text: 'Programmes', to: paths.programmes() }];
  const title = ['Overview', programme.data?.name];

  if (summary.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError error={summary.error} notFoundTitle="Programme not found" offerAsOf />
      </Page>
    );
  }
  if (!programme.data || !summary.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the programme overview" />
      </Page>
    );
  }

  const detail = programme.data;
  const data = summary.data;
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <ProgrammePageHeading
        caption={`Programme overview · ${detail.place}`}
        title={detail.name}
        asOf={data.asOf}
        against={{ programmeId: detail.id, businessCase: data.businessCase }}
      >
        {detail.description ? <p className="govuk-body">{detail.description}</p> : null}
      </ProgrammePageHeading>

      <h2 className="govuk-heading-m">Headline figures</h2>
      <HeadlineFigures totals={data.totals} thresholds={programme.data?.ragThresholds} />

      <VarianceSection programmeId={detail.id} asOf={asOf} />

      <h2 className="govuk-heading-m">Benefit over time</h2>
      <CumulativeBenefitFigure
        programmeId={detail.id}
        programmeName={detail.name}
        points={data.cumulativeByQuarter}
        asOf={data.asOf}
      />

      <h2 className="govuk-heading-m">Strands</h2>
      <StrandsTable programme={detail} strands={data.strands} asOf={data.asOf} linkAsOf={asOf} />

      <h2 className="govuk-heading-m" id="board-summary">
        Board summary
      </h2>
      <Collapsible
        summary="Every metric’s latest figure, SPC verdict and latest commentary"
        testId="board-summary-details"
      >
        <BoardSummaryTable programmeId={detail.id} linkAsOf={asOf} />
      </Collapsible>
    </Page>
  );
}
