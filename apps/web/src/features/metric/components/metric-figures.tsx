import type { MetricSeries } from '@outcomes/contract';
import { Achievement, Money } from '../../../components/figures';
import { RagTag } from '../../../components/rag-tag';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';

export function MetricFigures({ series }: { series: MetricSeries }) {
  return (
    <KeyFigures>
      <SummaryCard label="RAG status" value={series.rag} testId="headline-rag">
        <RagTag rag={series.rag} />
      </SummaryCard>
      <SummaryCard
        label="Achievement to date"
        value={series.achievement}
        testId="headline-achievement"
        hint="Actual improvement as a share of forecast"
      >
        <Achievement value={series.achievement} />
      </SummaryCard>
      <SummaryCard
        label="Forecast benefit to date"
        value={series.forecastBenefitToDate}
        testId="headline-forecastBenefitToDate"
      >
        <Money value={series.forecastBenefitToDate} />
      </SummaryCard>
      <SummaryCard
        label="Realised benefit to date"
        value={series.realisedBenefitToDate}
        testId="headline-realisedBenefitToDate"
      >
        <Money value={series.realisedBenefitToDate} />
      </SummaryCard>
    </KeyFigures>
  );
}
