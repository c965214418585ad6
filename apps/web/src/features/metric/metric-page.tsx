import { useParams } from 'react-router';
import { useProgramme } from '../../api/get-programme';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { ProgrammePageHeading } from '../../components/programme-page-heading';
import { paths } from '../../lib/paths';
import { useAsOf, withAsOf } from '../../lib/use-as-of';
import { useMetricSeries } from './api/get-metric-series';
import { MetricDefinitionList } from './components/metric-definition';
import { MetricCommentarySection } from './components/metric-commentary-section';
import { MetricFigures } from './components/metric-figures';
import { ComparatorNote } from './components/comparator-note';
import { MetricSeriesFigure } from './components/metric-series-figure';
import { MetricSpcSections } from './components/metric-spc-sections';
import { BenefitFromGrowthList } from './components/spc-money-note';

/** One metric: its definition, status, and counterfactual vs forecast vs actual per period. */
export function MetricPage() {
  const { programmeId = '', metricId = '' } = useParams();
  const { asOf } = useAsOf();
  const programme = useProgramme(programmeId);
  const series = useMetricSeries(programmeId, metricId, asOf);

  const strandId = series.data?.metric.strandId;
  const strand = programme.data?.strands.find((s) => s.id === strandId);
  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data
      ? [{ text: programme.data.name, to: withAsOf(paths.programme(programmeId), asOf) }]
      : []),
    ...(strand
      ? [{ text: strand.name, to: withAsOf(paths.strand(programmeId, strand.id), asOf) }]
      : []),
  ];
  const title = [series.data?.metric.name ?? 'Metric', programme.data?.name];

  if (series.isError) {
    return (
      <Page title={['Metric not found', programme.data?.name]} breadcrumbs={breadcrumbs}>
        <PageError
          error={series.error}
          offerAsOf
          notFoundTitle="Metric not found"
          backTo={{
            text: 'Back to the programme overview',
            to: withAsOf(paths.programme(programmeId), asOf),
          }}
        />
      </Page>
    );
  }
  if (!programme.data || !series.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the metric" />
      </Page>
    );
  }

  const data = series.data;
  const missing = data.periods.filter((p) => p.missingReturn);
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <ProgrammePageHeading
        caption={strand ? `Metric · ${strand.name}` : 'Metric'}
        title={data.metric.name}
        asOf={data.asOf}
        against={{ programmeId, businessCase: data.businessCase }}
      />

      <h2 className="govuk-heading-m">Status and benefit</h2>
      <MetricFigures series={data} thresholds={programme.data?.ragThresholds} />
      <BenefitFromGrowthList series={data} />
      {missing.length > 0 ? (
        <div className="govuk-inset-text" data-testid="missing-returns">
          No figure has been returned for {missing.length === 1 ? 'this period' : 'these periods'},
          which have ended: <strong>{missing.map((p) => p.label).join(', ')}</strong>. Missing
          returns are left out of achievement, never counted as zero.
        </div>
      ) : null}

      <h2 className="govuk-heading-m">By period</h2>
      <ComparatorNote metric={data.metric} />
      <MetricSeriesFigure data={data} />

      <MetricCommentarySection
        programmeId={programmeId}
        metricId={metricId}
        series={data}
        asOf={asOf}
      />

      <MetricSpcSections programmeId={programmeId} metricId={metricId} series={data} asOf={asOf} />

      <h2 className="govuk-heading-m">Definition</h2>
      <MetricDefinitionList metric={data.metric} programme={programme.data} linkAsOf={asOf} />
    </Page>
  );
}
