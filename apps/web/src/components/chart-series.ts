// How each line of a chart is drawn. Lines differ in dash pattern and marker shape as well as
// colour, so they can be told apart without colour (WCAG 1.4.1).
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'none';

export interface ChartSeries {
  /** The data field plotted. */
  key: string;
  label: string;
  colour: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
  marker: MarkerShape;
}

// Colours with at least 4.5:1 contrast against white (WCAG 1.4.11 asks 3:1 for graphics).
export const chartColours = {
  brand: '#00625e',
  grey: '#505a5f',
  purple: '#4c2c92',
  orange: '#b44100',
} as const;
