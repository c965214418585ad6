// The variation icon summarises a chart by its last point, as the MDC icons do.
import type { SpcSignal, SpcVariation } from './types.js';

/** The icon for the last point's signal; no signal is common cause. */
export function variationFor(lastSignal: SpcSignal | null): SpcVariation {
  if (lastSignal === 'improvement') return 'special-cause-improvement';
  if (lastSignal === 'concern') return 'special-cause-concern';
  return 'common-cause';
}
