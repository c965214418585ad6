// Names for the contract's small enums, taken from the API types (types only: zod stays out of
// the bundle).
import type { MetricDefinition, ProgrammeSummary } from '@outcomes/contract';

export type Rag = ProgrammeSummary['totals']['rag'];
export type Frequency = MetricDefinition['frequency'];
export type Polarity = MetricDefinition['polarity'];
export type MetricKind = MetricDefinition['kind'];
export type RagCounts = ProgrammeSummary['strands'][number]['metricRag'];
