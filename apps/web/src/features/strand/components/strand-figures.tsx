import type { StrandSummary } from '@outcomes/contract';
import { Achievement, Money } from '../../../components/figures';
import { RagCounts } from '../../../components/rag-counts';
import { RagTag } from '../../../components/rag-tag';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';

/** The strand's summary row from the API, as headline figures. */
export function StrandFigures({ summary }: { summary: StrandSummary }) {
  return (
    <KeyFigures>
      <SummaryCard
        label="Realised benefit to date"
        value={summary.realisedBenefitToDate}
        testId="headline-realisedBenefitToDate"
      >
        <Money value={summary.realisedBenefitToDate} />
      </SummaryCard>
      <SummaryCard
        label="Forecast benefit to date"
        value={summary.forecastBenefitToDate}
        testId="headline-forecastBenefitToDate"
      >
        <Money value={summary.forecastBenefitToDate} />
      </SummaryCard>
      <SummaryCard
        label="Achievement to date"
        value={summary.achievement}
        testId="headline-achievement"
      >
        <Achievement value={summary.achievement} />
      </SummaryCard>
      <SummaryCard label="RAG status" value={summary.rag} testId="headline-rag">
        <RagTag rag={summary.rag} />
      </SummaryCard>
      <SummaryCard
        label="Realised cashable benefit to date"
        value={summary.realisedCashableToDate}
        testId="headline-realisedCashableToDate"
      >
        <Money value={summary.realisedCashableToDate} />
      </SummaryCard>
      <SummaryCard label="Cost to date" value={summary.costToDate} testId="headline-costToDate">
        <Money value={summary.costToDate} />
      </SummaryCard>
      <SummaryCard
        label="Forecast benefit, whole business case"
        value={summary.forecastBenefitWholeCase}
        testId="headline-forecastBenefitWholeCase"
      >
        <Money value={summary.forecastBenefitWholeCase} />
      </SummaryCard>
      <SummaryCard label="Metrics by RAG" value={null} testId="headline-metricRag">
        <div className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">
          <RagCounts counts={summary.metricRag} />
        </div>
      </SummaryCard>
    </KeyFigures>
  );
}
