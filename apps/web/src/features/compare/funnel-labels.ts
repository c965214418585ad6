import type { FunnelPositionDto } from '@outcomes/contract';

const labels: Record<FunnelPositionDto, string> = {
  within: 'Within the 95% limits',
  'above-95': 'Above the 95% limit',
  'above-99.8': 'Above the 99.8% limit',
  'below-95': 'Below the 95% limit',
  'below-99.8': 'Below the 99.8% limit',
  'no-data': 'No figure',
};

/** The funnel position in words: the table and the chart's points say the same. */
export function funnelPositionLabel(position: FunnelPositionDto): string {
  return labels[position];
}
