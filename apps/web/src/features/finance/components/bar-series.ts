// How each series of a bar chart is drawn: colour and fill pattern, so that two series can be
// told apart without colour (WCAG 1.4.1).
export type BarPattern = 'solid' | 'hatched' | 'dotted';

export interface BarSeries {
  /** The data field plotted. */
  key: string;
  label: string;
  colour: string;
  pattern: BarPattern;
}

/** An id safe inside `url(#…)`: React's ids carry characters a URL fragment would need escaped. */
export const patternId = (chartId: string, key: string) =>
  `${chartId}-${key}`.replace(/[^A-Za-z0-9_-]/g, '');
