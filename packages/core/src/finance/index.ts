// The finance view's calculations (issue 5): benefit lines, the ledger, returns, partner
// equity, the reinvestment pot, the unit-cost register and scenarios.
export * from './types.js';
export { fromPence, toPence } from './to-pence.js';
export { benefitLines } from './benefit-lines.js';
export {
  benefitLedger,
  ledgerAmounts,
  lineAmount,
  lineAmountPence,
  lineCounts,
  lineKey,
  programmeYears,
  sumLines,
} from './ledger.js';
export { roundingLine } from './rounding-line.js';
export {
  LEDGER_MEASURES,
  reconcileLedger,
  type MeasureReconciliation,
} from './ledger-reconciliation.js';
export { discountFactor } from './discount-factor.js';
export {
  financialReturns,
  type FinancialReturns,
  type ReturnsBasis,
  type ReturnsInput,
  type ReturnsYear,
} from './financial-returns.js';
export {
  partnerEquity,
  type EquityInput,
  type EquityShare,
  type EquityTotals,
} from './partner-equity.js';
export {
  reinvestmentPot,
  type CashableYear,
  type PotYear,
  type ReinvestmentPot,
} from './reinvestment-pot.js';
export { unitCostRegister, type RegisteredUnitCost } from './unit-cost-register.js';
export {
  ALL_UNIT_COSTS,
  MAX_GROWTH_CHANGE,
  MAX_PERCENT_CHANGE,
  MAX_PERSISTENCE_YEARS_CHANGE,
  applyScenario,
  scenarioProblems,
  type OptimismBiasOverride,
  type ScenarioOverrides,
  type ScenarioProblem,
  type UnitCostChange,
} from './scenario.js';
export {
  lineValueParts,
  stackRatios,
  stackedValue,
  valueByOutcome,
  valueStack,
  valueStackBasis,
  type OutcomeValue,
  type ValueParts,
  type ValueStack,
  type ValueStackBasis,
  type ValueStackInput,
} from './value-stack.js';
export {
  evaluateFinance,
  financeFromEvaluation,
  financeValueStack,
  financeEquity,
  financeReinvestment,
  financeReturns,
  type EquityRow,
  type FinanceEquity,
  type FinanceEvaluation,
  type StrandReturns,
} from './evaluate-finance.js';
export {
  compareScenario,
  type ScenarioComparison,
  type ScenarioFigure,
  type ScenarioFigureKey,
  type ScenarioStrand,
} from './scenario-comparison.js';
export {
  financePersistence,
  persistenceReturns,
  type MetricPersistence,
  type PersistenceFigures,
  type PersistenceInput,
  type PersistenceReturns,
  type PersistenceYear,
} from './persistence-returns.js';
