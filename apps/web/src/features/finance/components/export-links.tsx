import { exportUrl } from '../lib/finance-paths';

interface ExportLinksProps {
  /** The API path of the table, e.g. `/programmes/west-cheshire/benefits`. */
  apiPath: string;
  params: Record<string, string | undefined>;
  /** What the file holds, for the link text. */
  description: string;
  testId: string;
  /** Only finance officers and admins may download (the API checks again). */
  allowed: boolean;
}

/** CSV and Excel downloads of a finance table, made by the API with the programme and date in. */
export function ExportLinks({ apiPath, params, description, testId, allowed }: ExportLinksProps) {
  if (!allowed) return null;
  return (
    <p className="app-download" data-testid={testId}>
      Download {description}:{' '}
      <a
        className="govuk-link"
        href={exportUrl(apiPath, params, 'xlsx')}
        download
        data-testid={`${testId}-xlsx`}
      >
        Excel (XLSX)<span className="govuk-visually-hidden">, {description}</span>
      </a>{' '}
      or{' '}
      <a
        className="govuk-link"
        href={exportUrl(apiPath, params, 'csv')}
        download
        data-testid={`${testId}-csv`}
      >
        CSV<span className="govuk-visually-hidden">, {description}</span>
      </a>
    </p>
  );
}
