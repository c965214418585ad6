import type { MetricSeries } from '@outcomes/contract';
import { AchievementCard, MoneyCard, RagCard } from '../../../components/headline-cards';
import { KeyFigures } from '../../../components/summary-card';

export function MetricFigures({ series }: { series: MetricSeries }) {
  return (
    <KeyFigures>
      <RagCard rag={series.rag} />
      <AchievementCard
        value={series.achievement}
        hint="Actual improvement as a share of forecast"
      />
      <MoneyCard field="forecastBenefitToDate" value={series.forecastBenefitToDate} />
      <MoneyCard field="realisedBenefitToDate" value={series.realisedBenefitToDate} />
    </KeyFigures>
  );
}
