// The headline figures every programme page shows, one component per kind of figure, so that a
// label, its test hook and its formatting are written once.
import type { ReactNode } from 'react';
import type { Rag } from '../lib/domain-types';
import { Achievement, Money } from './figures';
import { RagTag } from './rag-tag';
import { SummaryCard } from './summary-card';

const MONEY_LABELS = {
  realisedBenefitToDate: 'Realised benefit to date',
  forecastBenefitToDate: 'Forecast benefit to date',
  realisedCashableToDate: 'Realised cashable benefit to date',
  costToDate: 'Cost to date',
  netBenefitToDate: 'Net benefit to date',
  forecastBenefitWholeCase: 'Forecast benefit, whole business case',
} as const;

export type MoneyField = keyof typeof MONEY_LABELS;

/** One line saying how each headline is worked out, shown wherever it is (issue 14). */
const MONEY_HINTS: Partial<Record<MoneyField, string>> = {
  forecastBenefitToDate:
    'What the business case expected for the periods that have ended with a figure returned; a period with no return is left out, not counted as zero',
  realisedBenefitToDate:
    'Benefit of the improvement against the counterfactual, over the same periods as the forecast',
  costToDate:
    'Each year’s cost in proportion to its days ended by this date: the actual where given, else the forecast',
  netBenefitToDate: 'Realised benefit less cost to date, over the same periods',
};

export interface RagThresholdsShown {
  green: number;
  amber: number;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** "Green at 95% or more of forecast, amber at 80% or more, red below": the thresholds in force. */
export function ragThresholdsText(t: RagThresholdsShown): string {
  return `Green at ${percent(t.green)} or more of forecast, amber at ${percent(t.amber)} or more, red below`;
}

/** A money figure from the API, labelled by its field and hooked as `headline-<field>`. */
export function MoneyCard({
  field,
  value,
  hint,
}: {
  field: MoneyField;
  value: number | null;
  hint?: ReactNode;
}) {
  return (
    <SummaryCard
      label={MONEY_LABELS[field]}
      value={value}
      testId={`headline-${field}`}
      hint={hint ?? MONEY_HINTS[field]}
    >
      <Money value={value} />
    </SummaryCard>
  );
}

export function AchievementCard({ value, hint }: { value: number | null; hint?: ReactNode }) {
  return (
    <SummaryCard
      label="Achievement to date"
      value={value}
      testId="headline-achievement"
      hint={
        hint ??
        'Realised ÷ forecast improvement, over the periods ended with both a forecast and a return'
      }
    >
      <Achievement value={value} />
    </SummaryCard>
  );
}

export function RagCard({ rag, thresholds }: { rag: Rag; thresholds?: RagThresholdsShown }) {
  return (
    <SummaryCard
      label="RAG status"
      value={rag}
      testId="headline-rag"
      hint={thresholds ? ragThresholdsText(thresholds) : undefined}
    >
      <RagTag rag={rag} />
    </SummaryCard>
  );
}
