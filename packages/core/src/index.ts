// The public surface of @outcomes/core: the domain and evaluation types plus pure functions.
export * from './domain.js';
export * from './evaluation.js';

export { isIsoDate } from './periods/iso-date.js';
export {
  dateFromParts,
  MONTH_NAMES,
  partsOfDate,
  type DateFromParts,
  type DatePart,
  type DateParts,
} from './periods/date-from-parts.js';
export {
  financialYearEnd,
  financialYearIndex,
  financialYearLabel,
  financialYearOf,
  financialYearStart,
  parseFinancialYear,
  requireFinancialYear,
} from './periods/financial-year.js';
export {
  hasEnded,
  isValidPeriodStart,
  nextPeriodStart,
  periodEnd,
  periodLabel,
  periodLengthInYears,
  periodsInRange,
  quarterStartOf,
} from './periods/period.js';

export { penceToPounds } from './money/pence.js';
export {
  csvField,
  neutraliseFormula,
  restoreFormulaText,
  toCsv,
  type CsvCell,
  type CsvOptions,
} from './csv/csv-writer.js';
export { roundHalfAwayFromZero, roundToPence } from './money/round.js';
export {
  formatGbp,
  formatGbpCompact,
  formatPercent,
  type FormatGbpOptions,
  type FormatPercentOptions,
} from './money/format.js';

export { polarityOf } from './calc/polarity.js';
export { counterfactual } from './calc/counterfactual.js';
export { comparatorBaseLevel, comparatorCounterfactual } from './calc/comparator-counterfactual.js';
export { figuresDue, returnedOnOrAfter } from './calc/retirement.js';
export { improvement } from './calc/improvement.js';
export { achievement, type AchievementResult, type AchievementStatus } from './calc/achievement.js';
export { DEFAULT_RAG_THRESHOLDS, ragFor, ragFromAchievement } from './calc/rag.js';
export { deflatorFactor, MissingDeflatorError, uprate } from './calc/uprating.js';
export {
  DEFAULT_OPTIMISM_BIAS,
  optimismBiasFor,
  type ConfidenceGrade,
} from './calc/optimism-bias.js';
export {
  ADDITIONALITY_ORDER,
  NO_ADDITIONALITY,
  additionalityWorking,
  type AdditionalityStep,
  type AdditionalityStepName,
  type AdditionalityWorking,
} from './calc/appraisal/additionality.js';
export {
  NO_PERSISTENCE,
  checkPersistenceProfile,
  persistenceWeights,
  profileValues,
  type PersistenceProfile,
} from './calc/appraisal/persistence.js';
export {
  COST_OPTIMISM_BIAS_CATEGORIES,
  COST_OPTIMISM_BIAS_UPPER_BOUND,
  appraiseCost,
  appraiseCosts,
  costOptimismBias,
  type AppraisedCost,
} from './calc/appraisal/cost-appraisal.js';
export {
  monetisedBenefit,
  valuePerUnit,
  type MonetisationFactors,
} from './calc/monetised-benefit.js';
export { bearerParts, cashablePart, type BearerPart } from './calc/benefit-split.js';
export { presentValue } from './calc/returns/present-value.js';
export { netBenefit } from './calc/returns/net-benefit.js';
export { returnOnInvestment } from './calc/returns/return-on-investment.js';
export { paybackYearIndex } from './calc/returns/payback.js';
export {
  costToDate,
  costsToDate,
  financialYearFractionEnded,
  type CostBasis,
  type CostToDate,
} from './calc/returns/costs-to-date.js';
export {
  counterfactualAnchor,
  counterfactualYearIndex,
  type CounterfactualAnchor,
} from './calc/counterfactual-anchor.js';

export { buildMonetisation } from './evaluate/monetisation.js';
export { evaluateMetric } from './evaluate/evaluate-metric.js';
export {
  benefitFromGrowth,
  spcAndMoneyDisagree,
  type BenefitFromGrowth,
} from './evaluate/benefit-from-growth.js';
export { countRags, groupAchievement, sumBenefitTotals } from './evaluate/benefit-totals.js';
export { evaluateStrand } from './evaluate/evaluate-strand.js';
export { evaluateProgramme, type EarlierEvaluation } from './evaluate/evaluate-programme.js';
export {
  cumulativeBenefitByQuarter,
  type CumulativeBenefitPoint,
} from './evaluate/cumulative-benefit.js';

export { niceStep, niceTicks, type NiceAxis } from './chart/nice-ticks.js';
export * from './spc/index.js';
export * from './finance/index.js';
export * from './variance/index.js';
export {
  compareVersions,
  type BusinessCaseChange,
  type ChangedValue,
  type MetricComparison,
  type StrandComparison,
  type VersionComparison,
  type VersionFigures,
  type VersionSide,
} from './business-case/compare-versions.js';
export * from './uncertainty/index.js';
export * from './compare/index.js';
export * from './disclosure/index.js';
