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

const ruleLabels: Record<SpcRule, string> = {
  'outside-limits': 'Outside the process limits',
  trend: 'Trend: 7 points rising or falling',
  'two-in-three': 'Two of three points near a limit',
  shift: 'Shift: 7 points on one side of the mean',
};

export function ruleLabel(rule: SpcRule): string {
  return ruleLabels[rule];
}

export function signalLabel(signal: SpcSignal): string {
  return signal === 'improvement' ? 'Improvement' : 'Concern';
}
