import type { ProgrammeTotals } from '@outcomes/contract';
import {
  AchievementCard,
  MoneyCard,
  RagCard,
  type RagThresholdsShown,
} from '../../../components/headline-cards';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatInteger } from '../../../lib/format';

/** The programme's headline figures, exactly as the API returns them. */
export function HeadlineFigures({
  totals,
  thresholds,
}: {
  totals: ProgrammeTotals;
  thresholds?: RagThresholdsShown | undefined;
}) {
  return (
    <KeyFigures>
      <MoneyCard field="realisedBenefitToDate" value={totals.realisedBenefitToDate} />
      <MoneyCard field="forecastBenefitToDate" value={totals.forecastBenefitToDate} />
      <AchievementCard
        value={totals.achievement}
        hint="Realised as a share of forecast benefit, over the periods ended with a return"
      />
      <RagCard rag={totals.rag} {...(thresholds ? { thresholds } : {})} />
      <MoneyCard field="realisedCashableToDate" value={totals.realisedCashableToDate} />
      <MoneyCard field="costToDate" value={totals.costToDate} />
      <MoneyCard
        field="netBenefitToDate"
        value={totals.netBenefitToDate}
        hint="Realised benefit less cost to date, over the same periods"
      />
      <MoneyCard field="forecastBenefitWholeCase" value={totals.forecastBenefitWholeCase} />
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
