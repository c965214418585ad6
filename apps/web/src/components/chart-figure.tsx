import type { ReactNode } from 'react';
import type { ChartSeries } from './chart-series';
import { ChartLegend } from './chart-legend';
import { Collapsible } from './collapsible';
import { CsvDownloadLink, type CsvData } from './csv-download-link';

interface ChartFigureProps {
  caption: string;
  description?: ReactNode;
  series: readonly ChartSeries[];
  /** The chart itself (decorative for assistive technology: the table holds the numbers). */
  chart: ReactNode;
  /** The same numbers as the chart, as a table. */
  table: ReactNode;
  csv: CsvData;
  csvDescription: string;
  testId?: string;
}

/**
 * A chart as a figure: caption, key, chart, then the same numbers in a table and as a CSV
 * download, so nothing depends on seeing the chart. The table is one click away (a details
 * element), so the page goes on to what follows the chart instead of a long table.
 */
export function ChartFigure({
  caption,
  description,
  series,
  chart,
  table,
  csv,
  csvDescription,
  testId,
}: ChartFigureProps) {
  return (
    <figure className="app-figure" data-testid={testId}>
      <figcaption className="app-figure__caption">{caption}</figcaption>
      {description ? <p className="app-figure__description">{description}</p> : null}
      <ChartLegend series={series} />
      {chart}
      <Collapsible
        summary="The chart’s numbers as a table"
        testId={testId ? `${testId}-table` : undefined}
      >
        {table}
      </Collapsible>
      <CsvDownloadLink
        csv={csv}
        description={csvDescription}
        testId={testId ? `${testId}-csv` : undefined}
      />
    </figure>
  );
}
