import type { MetricSeries } from '@outcomes/contract';
import {
  AchievementCard,
  MoneyCard,
  RagCard,
  type RagThresholdsShown,
} from '../../../components/headline-cards';
import { KeyFigures } from '../../../components/summary-card';

export function MetricFigures({
  series,
  thresholds,
}: {
  series: MetricSeries;
  thresholds?: RagThresholdsShown | undefined;
}) {
  return (
    <KeyFigures>
      <RagCard rag={series.rag} {...(thresholds ? { thresholds } : {})} />
      <AchievementCard
        value={series.achievement}
        hint="Actual improvement as a share of forecast"
      />
      <MoneyCard field="forecastBenefitToDate" value={series.forecastBenefitToDate} />
      <MoneyCard field="realisedBenefitToDate" value={series.realisedBenefitToDate} />
    </KeyFigures>
  );
}
