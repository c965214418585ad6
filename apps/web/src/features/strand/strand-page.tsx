import { useParams } from 'react-router';
import { useProgramme } from '../../api/get-programme';
import { BoardSummaryTable } from '../../components/board-summary-table';
import { Collapsible } from '../../components/collapsible';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { ProgrammePageHeading } from '../../components/programme-page-heading';
import { paths } from '../../lib/paths';
import { useAsOf, withAsOf } from '../../lib/use-as-of';
import { useStrand } from './api/get-strand';
import { CommentaryDue } from './components/commentary-due';
import { MetricsTable } from './components/metrics-table';
import { StrandFigures } from './components/strand-figures';
import { VarianceSection } from '../variance/components/variance-section';

/** The sponsor's view: are my outcomes moving? */
export function StrandPage() {
  const { programmeId = '', strandId = '' } = useParams();
  const { asOf } = useAsOf();
  const programme = useProgramme(programmeId);
  const strand = useStrand(programmeId, strandId, asOf);

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data
      ? [{ text: programme.data.name, to: withAsOf(paths.programme(programmeId), asOf) }]
      : []),
  ];
  const title = [strand.data?.strand.name ?? 'Strand', programme.data?.name];

  if (strand.isError) {
    return (
      <Page title={['Strand not found', programme.data?.name]} breadcrumbs={breadcrumbs}>
        <PageError
          error={strand.error}
          offerAsOf
          notFoundTitle="Strand not found"
          backTo={{
            text: 'Back to the programme overview',
            to: withAsOf(paths.programme(programmeId), asOf),
          }}
        />
      </Page>
    );
  }
  if (!programme.data || !strand.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the strand" />
      </Page>
    );
  }

  const data = strand.data;
  const sponsor = programme.data.partners.find((p) => p.id === data.strand.sponsorPartnerId);
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <ProgrammePageHeading
        caption="Strand"
        title={data.strand.name}
        asOf={data.asOf}
        against={{ programmeId, businessCase: data.businessCase }}
      >
        {data.strand.description ? <p className="govuk-body">{data.strand.description}</p> : null}
        <p className="govuk-body" data-testid="strand-sponsor">
          Sponsor: <strong>{sponsor?.name ?? data.strand.sponsorPartnerId}</strong>
        </p>
      </ProgrammePageHeading>

      <CommentaryDue
        programmeId={programmeId}
        strandId={data.strand.id}
        strandNames={new Map(programme.data.strands.map((s) => [s.id, s.name]))}
        asOf={asOf}
      />

      <h2 className="govuk-heading-m">Headline figures</h2>
      <StrandFigures summary={data.summary} />

      <VarianceSection programmeId={programmeId} strandId={data.strand.id} asOf={asOf} />

      <h2 className="govuk-heading-m">Metrics</h2>
      <MetricsTable
        programmeId={programmeId}
        strandId={data.strand.id}
        metrics={data.metrics}
        asOf={data.asOf}
        linkAsOf={asOf}
      />

      <h2 className="govuk-heading-m" id="board-summary">
        Board summary
      </h2>
      <Collapsible
        summary="Each metric’s latest figure, SPC verdict and latest commentary"
        testId="board-summary-details"
      >
        <BoardSummaryTable programmeId={programmeId} strandId={data.strand.id} linkAsOf={asOf} />
      </Collapsible>
    </Page>
  );
}
