// What importing the workbook would change, per kind of record: counts in a table, then the ids
// of what is added, changed and removed, so an admin checks the refresh before storing it.
import { WORKBOOK_CHANGE_LIST_LIMIT, type WorkbookPreview } from '@outcomes/contract';

const KIND_NAMES: Record<string, string> = {
  programme: 'Programme settings',
  partners: 'Partners',
  outcomes: 'Outcomes',
  strands: 'Strands',
  unitCosts: 'Unit costs (with bearers)',
  metrics: 'Metrics',
  baselines: 'Baselines',
  forecasts: 'Forecasts (metric and period)',
  actuals: 'Returned figures (never changed by an import)',
  costs: 'Costs (strand, partner, year, kind)',
  deflators: 'Deflators',
};

function KeyList({
  title,
  keys,
  count,
}: {
  title: string;
  keys: readonly string[];
  count: number;
}) {
  if (count === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s">
        {title} ({count})
      </h4>
      <ul className="govuk-list govuk-list--bullet">
        {keys.map((key) => (
          <li key={key}>
            <code>{key}</code>
          </li>
        ))}
      </ul>
      {count > keys.length ? (
        <p className="govuk-body">
          The first {WORKBOOK_CHANGE_LIST_LIMIT} are listed; the counts are complete.
        </p>
      ) : null}
    </>
  );
}

export function ChangePreview({ preview }: { preview: WorkbookPreview }) {
  const changed = preview.kinds.filter((k) => k.added + k.changed + k.removed > 0);
  return (
    <div data-testid="workbook-preview">
      <h2 className="govuk-heading-m">What importing {preview.fileName} would change</h2>
      {preview.totalChanges === 0 ? (
        <p className="govuk-body" data-testid="workbook-no-changes">
          Nothing: the workbook holds exactly what the programme holds now.
        </p>
      ) : null}
      <table className="govuk-table" data-testid="workbook-change-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Records in the workbook, and how many are added, changed and removed
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Kind
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              In the workbook
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Added
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Changed
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Removed
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {preview.kinds.map((k) => (
            <tr className="govuk-table__row" key={k.kind} data-testid={`change-row-${k.kind}`}>
              <th scope="row" className="govuk-table__header">
                {KIND_NAMES[k.kind] ?? k.kind}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{k.total}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{k.added}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{k.changed}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{k.removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changed.map((k) => (
        <details className="govuk-details" key={k.kind}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {KIND_NAMES[k.kind] ?? k.kind}: the changes
            </span>
          </summary>
          <div className="govuk-details__text">
            <KeyList title="Added" keys={k.addedKeys} count={k.added} />
            <KeyList title="Changed" keys={k.changedKeys} count={k.changed} />
            <KeyList title="Removed" keys={k.removedKeys} count={k.removed} />
          </div>
        </details>
      ))}
    </div>
  );
}
