// Statistical process control: NHS "Making Data Count" XmR charts (methods.md §4).
export {
  BASELINE_POINTS,
  LIMIT_CONSTANT,
  MR_SCREEN_CONSTANT,
  RUN_LENGTH,
  RUN_LENGTHS,
  TWO_SIGMA_CONSTANT,
  type SpcRunLength,
} from './constants.js';
export type {
  SpcAssurance,
  SpcCurrentProcess,
  SpcDirection,
  SpcFlag,
  SpcGroupLimits,
  SpcInputPoint,
  SpcLimits,
  SpcMeasure,
  SpcPointResult,
  SpcRebase,
  SpcResult,
  SpcRule,
  SpcSignal,
  SpcVariation,
} from './types.js';
export { xmrLimits } from './xmr-limits.js';
export { detectOutsideLimits } from './detect-outside-limits.js';
export { detectTrends } from './detect-trends.js';
export { detectTwoInThree } from './detect-two-in-three.js';
export { detectShifts } from './detect-shifts.js';
export { classifyPoints, type SpcClassification } from './classify-points.js';
export { signalFor } from './signal-for.js';
export { variationFor } from './variation-for.js';
export { assuranceFor } from './assurance-for.js';
export { programmeBaseline, rebaseBaseline, type SpcBaseline } from './baseline.js';
export { splitGroups, type SpcGroupSpan } from './split-groups.js';
export { analyseSpc, type AnalyseSpcInput } from './analyse-spc.js';
export { currentProcess, type CurrentProcessSpan } from './current-process.js';
export { forecastIncrement, periodIncrements } from './increments.js';
export { metricSpcSeries, type MetricSpcSeries } from './metric-spc-series.js';
