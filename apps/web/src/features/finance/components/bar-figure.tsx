import type { ReactNode } from 'react';
import { CsvDownloadLink, type CsvData } from '../../../components/csv-download-link';
import { BarLegend } from './bar-legend';
import type { BarSeries } from './bar-series';

interface BarFigureProps {
  caption: string;
  description?: ReactNode;
  /** Bar series: their key is drawn here. */
  series?: readonly BarSeries[];
  /** A ready-made key, for another kind of chart. */
  legend?: ReactNode;
  chart: ReactNode;
  /** The numbers the chart draws (and more). */
  table: ReactNode;
  csv: CsvData;
  csvDescription: string;
  testId: string;
}

/**
 * A table and its bar chart as one figure: caption, the table first (readable, with every £
 * linking to its lines), then the chart's key and the chart, and the numbers as CSV.
 */
export function BarFigure({
  caption,
  description,
  series,
  legend,
  chart,
  table,
  csv,
  csvDescription,
  testId,
}: BarFigureProps) {
  return (
    <figure className="app-figure" data-testid={testId}>
      <figcaption className="app-figure__caption">{caption}</figcaption>
      {description ? <p className="app-figure__description">{description}</p> : null}
      {table}
      {series ? <BarLegend series={series} /> : legend}
      {chart}
      <CsvDownloadLink csv={csv} description={csvDescription} testId={`${testId}-csv`} />
    </figure>
  );
}
