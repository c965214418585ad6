export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  suppressSmallCounts,
  type SuppressedCell,
  type SuppressionGroup,
} from './suppress-small-counts.js';
