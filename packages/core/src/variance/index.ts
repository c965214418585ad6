export {
  metricBridge,
  programmeBridge,
  strandBridge,
  UNIT_COST_STEP_REASON,
  type BridgeMoney,
  type BridgeUnits,
  type MetricBridge,
  type ProgrammeBridge,
  type StrandBridge,
} from './variance-bridge.js';
export {
  roundedWaterfall,
  type WaterfallBar,
  type WaterfallStepInput,
} from './rounded-waterfall.js';
export {
  boardMovement,
  LARGEST_GAPS_LISTED,
  type BoardMovement,
  type GapItem,
  type RagMovement,
} from './board-movement.js';
