import type { WaterfallBar } from '@outcomes/contract';

// Each at least 4.5:1 against white, and told apart without colour too: the chart writes each
// bar's signed value beside it and the table below holds every figure.
export const bridgeColours = {
  total: '#505a5f',
  down: '#b44100',
  up: '#00625e',
} as const;

export function barColour(bar: WaterfallBar): string {
  if (bar.kind === 'total') return bridgeColours.total;
  return bar.value < 0 ? bridgeColours.down : bridgeColours.up;
}
