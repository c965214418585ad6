export {
  FUNNEL_Z,
  funnelPosition,
  pooledTarget,
  proportionFunnelLimits,
  rateFunnelLimits,
  type FunnelLimits,
  type FunnelPosition,
} from './funnel-limits.js';
export { rankPlaces, type RankDirection } from './rank-places.js';
export { benefitPerPound, perTenThousand } from './place-ratios.js';
