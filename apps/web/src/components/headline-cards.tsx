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
    <SummaryCard label={MONEY_LABELS[field]} value={value} testId={`headline-${field}`} hint={hint}>
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
      hint={hint}
    >
      <Achievement value={value} />
    </SummaryCard>
  );
}

export function RagCard({ rag }: { rag: Rag }) {
  return (
    <SummaryCard label="RAG status" value={rag} testId="headline-rag">
      <RagTag rag={rag} />
    </SummaryCard>
  );
}
