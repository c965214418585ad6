import { useMemo } from 'react';
import { csvBlobUrl, toCsv, type CsvValue } from '../lib/csv';

export interface CsvData {
  filename: string;
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

interface CsvDownloadLinkProps {
  csv: CsvData;
  /** What the file holds, for the link text: "Download the cumulative benefit data (CSV)". */
  description: string;
  testId?: string;
}

export function CsvDownloadLink({ csv, description, testId }: CsvDownloadLinkProps) {
  const text = useMemo(() => toCsv(csv.header, csv.rows), [csv.header, csv.rows]);
  const href = useMemo(() => csvBlobUrl(text), [text]);
  return (
    <p className="app-download">
      <a className="govuk-link" href={href} download={csv.filename} data-testid={testId}>
        Download CSV<span className="govuk-visually-hidden">: {description}</span>
      </a>{' '}
      <span className="app-secondary-text">
        ({description}, {csv.rows.length} rows)
      </span>
    </p>
  );
}
