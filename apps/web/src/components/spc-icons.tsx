// Variation and assurance icons in the spirit of NHS "Making Data Count": a coloured ring with a
// shape inside, always beside its words, so neither colour nor shape carries the meaning alone.
import type { SpcAssurance, SpcVariation } from '@outcomes/contract';
import type { ReactNode } from 'react';
import type { Polarity } from '../lib/domain-types';
import { assuranceLabel, variationLabel } from '../lib/spc-labels';

// At least 3:1 against white (WCAG 1.4.11); the words beside them are in the text colour.
export const spcColours = {
  improvement: '#1d70b8',
  concern: '#b44100',
  neutral: '#505a5f',
} as const;

function Ring({ colour, children }: { colour: string; children: ReactNode }) {
  return (
    <svg
      className="app-spc-icon__svg"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10.5" fill="#ffffff" stroke={colour} strokeWidth="2.5" />
      {children}
    </svg>
  );
}

/** An arrow pointing up (+1) or down (−1). */
function Arrow({ direction, colour }: { direction: 1 | -1; colour: string }) {
  const points = direction === 1 ? '12,5.5 17.5,13 6.5,13' : '12,18.5 17.5,11 6.5,11';
  const stem = direction === 1 ? 'M12 13 V18' : 'M12 11 V6';
  return (
    <>
      <polygon points={points} fill={colour} />
      <path d={stem} stroke={colour} strokeWidth="2.5" />
    </>
  );
}

interface VariationIconProps {
  variation: SpcVariation;
  /** Which way is better: the arrow points the way the metric moved. */
  polarity: Polarity;
  /** Show the words on screen; otherwise they are for screen readers only. */
  showLabel?: boolean;
  testId?: string;
}

/**
 * Common cause: grey ring with a level line. Improvement: blue ring, arrow the way that is better.
 * Concern: orange ring, arrow the way that is worse.
 */
export function VariationIcon({
  variation,
  polarity,
  showLabel = true,
  testId,
}: VariationIconProps) {
  const better = polarity === 'lower' ? -1 : 1;
  const label = variationLabel(variation);
  return (
    <span className="app-spc-icon" data-testid={testId} data-variation={variation}>
      {variation === 'common-cause' ? (
        <Ring colour={spcColours.neutral}>
          <path
            d="M6 12 Q9 8.5 12 12 T18 12"
            fill="none"
            stroke={spcColours.neutral}
            strokeWidth="2.5"
          />
        </Ring>
      ) : variation === 'special-cause-improvement' ? (
        <Ring colour={spcColours.improvement}>
          <Arrow direction={better} colour={spcColours.improvement} />
        </Ring>
      ) : (
        <Ring colour={spcColours.concern}>
          <Arrow direction={better === 1 ? -1 : 1} colour={spcColours.concern} />
        </Ring>
      )}
      <span className={showLabel ? 'app-spc-icon__label' : 'govuk-visually-hidden'}>
        {showLabel ? label : `Variation: ${label}`}
      </span>
    </span>
  );
}

interface AssuranceIconProps {
  assurance: SpcAssurance;
  showLabel?: boolean;
  testId?: string;
}

/** Passes: blue ring with "P". Fails: orange ring with "F". Hit and miss: grey ring with "?". */
export function AssuranceIcon({ assurance, showLabel = true, testId }: AssuranceIconProps) {
  const label = assuranceLabel(assurance);
  const [colour, letter] =
    assurance === 'consistently-passes'
      ? [spcColours.improvement, 'P']
      : assurance === 'consistently-fails'
        ? [spcColours.concern, 'F']
        : [spcColours.neutral, '?'];
  return (
    <span className="app-spc-icon" data-testid={testId} data-assurance={assurance}>
      <Ring colour={colour}>
        <text
          x="12"
          y="16.5"
          textAnchor="middle"
          fontSize="13"
          fontWeight="700"
          fontFamily="arial, sans-serif"
          fill={colour}
        >
          {letter}
        </text>
      </Ring>
      <span className={showLabel ? 'app-spc-icon__label' : 'govuk-visually-hidden'}>
        {showLabel ? label : `Assurance: ${label}`}
      </span>
    </span>
  );
}
