import type { StrandSummary } from '@outcomes/contract';
import { AchievementCard, MoneyCard, RagCard } from '../../../components/headline-cards';
import { RagCounts } from '../../../components/rag-counts';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';

/** The strand's summary row from the API, as headline figures. */
export function StrandFigures({ summary }: { summary: StrandSummary }) {
  return (
    <KeyFigures>
      <MoneyCard field="realisedBenefitToDate" value={summary.realisedBenefitToDate} />
      <MoneyCard field="forecastBenefitToDate" value={summary.forecastBenefitToDate} />
      <AchievementCard value={summary.achievement} />
      <RagCard rag={summary.rag} />
      <MoneyCard field="realisedCashableToDate" value={summary.realisedCashableToDate} />
      <MoneyCard field="costToDate" value={summary.costToDate} />
      <MoneyCard field="forecastBenefitWholeCase" value={summary.forecastBenefitWholeCase} />
      <SummaryCard label="Metrics by RAG" value={null} testId="headline-metricRag">
        <div className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">
          <RagCounts counts={summary.metricRag} />
        </div>
      </SummaryCard>
    </KeyFigures>
  );
}
