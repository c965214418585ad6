import type { ProgrammeTotals } from '@outcomes/contract';
import { Achievement, Money } from '../../../components/figures';
import { RagTag } from '../../../components/rag-tag';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatInteger } from '../../../lib/format';

/** The programme's headline figures, exactly as the API returns them. */
export function HeadlineFigures({ totals }: { totals: ProgrammeTotals }) {
  return (
    <KeyFigures>
      <SummaryCard
        label="Realised benefit to date"
        value={totals.realisedBenefitToDate}
        testId="headline-realisedBenefitToDate"
      >
        <Money value={totals.realisedBenefitToDate} />
      </SummaryCard>
      <SummaryCard
        label="Forecast benefit to date"
        value={totals.forecastBenefitToDate}
        testId="headline-forecastBenefitToDate"
      >
        <Money value={totals.forecastBenefitToDate} />
      </SummaryCard>
      <SummaryCard
        label="Achievement to date"
        value={totals.achievement}
        testId="headline-achievement"
        hint="Realised as a share of forecast"
      >
        <Achievement value={totals.achievement} />
      </SummaryCard>
      <SummaryCard label="RAG status" value={totals.rag} testId="headline-rag">
        <RagTag rag={totals.rag} />
      </SummaryCard>
      <SummaryCard
        label="Realised cashable benefit to date"
        value={totals.realisedCashableToDate}
        testId="headline-realisedCashableToDate"
      >
        <Money value={totals.realisedCashableToDate} />
      </SummaryCard>
      <SummaryCard label="Cost to date" value={totals.costToDate} testId="headline-costToDate">
        <Money value={totals.costToDate} />
      </SummaryCard>
      <SummaryCard
        label="Net benefit to date"
        value={totals.netBenefitToDate}
        testId="headline-netBenefitToDate"
        hint="Realised benefit less cost"
      >
        <Money value={totals.netBenefitToDate} />
      </SummaryCard>
      <SummaryCard
        label="Forecast benefit, whole business case"
        value={totals.forecastBenefitWholeCase}
        testId="headline-forecastBenefitWholeCase"
      >
        <Money value={totals.forecastBenefitWholeCase} />
      </SummaryCard>
      <SummaryCard
        label="Missing returns"
        value={totals.missingReturns}
        testId="headline-missingReturns"
        hint="Periods ended with no figure returned"
      >
        {formatInteger(totals.missingReturns)}
      </SummaryCard>
    </KeyFigures>
  );
}
