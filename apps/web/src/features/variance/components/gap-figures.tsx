import type { Variance } from '@outcomes/contract';
import { Money } from '../../../components/figures';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatInteger } from '../../../lib/format';
import { gapWords, signedMoneyText } from './signed-money';

/** The gap to forecast and what is unknown because of missing returns, as the API gives them. */
export function GapFigures({ variance }: { variance: Variance }) {
  const { money } = variance;
  return (
    <KeyFigures>
      <SummaryCard
        label="Gap to forecast"
        value={money.gap}
        testId="headline-gap"
        hint={
          <>
            {gapWords(money.gap)}: realised <Money value={money.realised} /> against forecast{' '}
            <Money value={money.forecastComparable} /> for the periods with a return
          </>
        }
      >
        {signedMoneyText(money.gap)}
      </SummaryCard>
      <SummaryCard
        label="Forecast in missing returns"
        value={-money.missingReturns}
        testId="headline-missing-forecast"
        hint={`${formatInteger(variance.missingReturnCount)} periods ended with no figure: not counted either way`}
      >
        <Money value={-money.missingReturns} />
      </SummaryCard>
      <SummaryCard
        label="Forecast, all ended periods"
        value={money.forecastAllEnded}
        testId="headline-forecast-all-ended"
        hint="Where the bridge below starts"
      >
        <Money value={money.forecastAllEnded} />
      </SummaryCard>
    </KeyFigures>
  );
}
