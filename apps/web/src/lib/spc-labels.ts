// Words for the SPC icons and rules: the text every icon carries, so nothing relies on colour.
import type { SpcAssurance, SpcRule, SpcSignal, SpcVariation } from '@outcomes/contract';

const variationLabels: Record<SpcVariation, string> = {
  'common-cause': 'Common cause',
  'special-cause-improvement': 'Special cause: improvement',
  'special-cause-concern': 'Special cause: concern',
};

export function variationLabel(variation: SpcVariation): string {
  return variationLabels[variation];
}

const assuranceLabels: Record<SpcAssurance, string> = {
  'consistently-passes': 'Target consistently met',
  'consistently-fails': 'Target consistently missed',
  'hit-and-miss': 'Target hit and miss',
};

export function assuranceLabel(assurance: SpcAssurance): string {
  return assuranceLabels[assurance];
}

/** `runLength`: the programme's shift and trend run length (6 or 7). */
export function ruleLabel(rule: SpcRule, runLength: number): string {
  switch (rule) {
    case 'outside-limits':
      return 'Outside the process limits';
    case 'trend':
      return `Trend: ${runLength} points rising or falling`;
    case 'two-in-three':
      return 'Two of three points near a limit';
    case 'shift':
      return `Shift: ${runLength} points on one side of the mean`;
  }
}

export function signalLabel(signal: SpcSignal): string {
  return signal === 'improvement' ? 'Improvement' : 'Concern';
}
