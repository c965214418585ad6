import { isValidPeriodStart, periodLabel, type Frequency, type IsoDate } from '@outcomes/core';

/**
 * The period's label, or its start date when it is no longer a period of the metric's frequency
 * (a pack replaced since changed the frequency; what users wrote against it is still shown).
 */
export function labelOfPeriod(periodStart: IsoDate, frequency: Frequency): string {
  return isValidPeriodStart(periodStart, frequency)
    ? periodLabel(periodStart, frequency)
    : periodStart;
}
