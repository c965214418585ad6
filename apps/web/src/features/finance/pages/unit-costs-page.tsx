import type { RegisteredUnitCost, UnitCostRegister } from '@outcomes/contract';
import { Link, useParams } from 'react-router';
import { CsvDownloadLink } from '../../../components/csv-download-link';
import { DataTable, type Column } from '../../../components/data-table';
import { formatRate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useAsOf, withAsOf } from '../../../lib/use-as-of';
import { programmePath, useUnitCosts } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { financePaths } from '../lib/finance-paths';
import { formatFactor, formatPence } from '../lib/finance-format';

const CATEGORY: Record<RegisteredUnitCost['category'], string> = {
  fiscal: 'Fiscal',
  economic: 'Economic',
  social: 'Social',
};

/**
 * Every unit cost: where it comes from, its price year, grade and the optimism-bias correction
 * that grade brings, its value uprated to the price base year, who bears it, how much is
 * cashable, and the metrics it prices. These are inputs: their trace is the source column.
 */
export function UnitCostsPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const register = useUnitCosts(programmeId);
  const access = useFinanceAccess(programmeId);

  return (
    <FinancePage
      title="Unit-cost register"
      section="unit-costs"
      asOfShown={undefined}
      query={register}
      loadingWhat="the unit-cost register"
    >
      {() => {
        const data = register.data as UnitCostRegister;
        const columns: Column<RegisteredUnitCost>[] = [
          {
            key: 'name',
            header: 'Unit cost',
            rowHeader: true,
            value: (u) => u.id,
            render: (u) => (
              <>
                {u.name}
                <span className="app-cell-note">
                  {u.id}, per {u.per}, {CATEGORY[u.category].toLowerCase()}
                </span>
                <details className="govuk-details app-cell-details">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">
                      Source<span className="govuk-visually-hidden"> of {u.name}</span>
                    </span>
                  </summary>
                  <div className="govuk-details__text" data-testid={`unit-cost-source-${u.id}`}>
                    {u.source}
                  </div>
                </details>
              </>
            ),
          },
          {
            key: 'valueAsPriced',
            header: 'Value as priced',
            numeric: true,
            value: (u) => u.valueAsPriced,
            render: (u) => (
              <>
                {formatPence(u.valueAsPriced)}
                <span className="app-cell-note">{u.priceYear} prices</span>
              </>
            ),
          },
          {
            key: 'upratedValue',
            header: `Uprated to ${data.priceBaseYear}`,
            numeric: true,
            value: (u) => u.upratedValue,
            render: (u) => (
              <>
                {formatPence(u.upratedValue)}
                <span className="app-cell-note">
                  × {formatFactor(Number(u.deflatorFactor.toPrecision(7)))}
                </span>
              </>
            ),
          },
          {
            key: 'optimismBias',
            header: 'Grade and correction',
            numeric: true,
            value: (u) => u.optimismBias,
            render: (u) => (
              <>
                {formatRate(u.optimismBias)}
                <span className="app-cell-note">grade {u.confidenceGrade}</span>
              </>
            ),
          },
          {
            key: 'valueAfterOptimismBias',
            header: 'After optimism bias',
            numeric: true,
            value: (u) => u.valueAfterOptimismBias,
            render: (u) => formatPence(u.valueAfterOptimismBias),
          },
          {
            key: 'cashableShare',
            header: 'Cashable share',
            numeric: true,
            value: (u) => u.cashableShare,
            render: (u) => formatRate(u.cashableShare),
          },
          {
            key: 'bearers',
            header: 'Bearers',
            render: (u) => (
              <ul className="govuk-list app-compact-list app-wide-cell">
                {u.bearers.map((b) => (
                  <li key={b.partnerId}>
                    {b.name}: {formatRate(b.share)}
                  </li>
                ))}
              </ul>
            ),
          },
          {
            key: 'metrics',
            header: 'Metrics using it',
            value: (u) => u.metrics.length,
            render: (u) =>
              u.metrics.length === 0 ? (
                <span className="app-secondary-text">None (registered for reference)</span>
              ) : (
                <>
                  <ul className="govuk-list app-compact-list app-wide-cell">
                    {u.metrics.map((m) => (
                      <li key={m.id}>
                        <Link
                          className="govuk-link"
                          to={withAsOf(paths.metric(programmeId, m.id), asOf)}
                        >
                          {m.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                  <Link
                    className="govuk-link"
                    to={financePaths.lines(
                      programmeId,
                      'realisedBenefitToDate',
                      { unitCost: u.id },
                      asOf,
                    )}
                    data-testid={`unit-cost-lines-${u.id}`}
                  >
                    Realised benefit priced with it
                    <span className="govuk-visually-hidden">: {u.name}</span>
                  </Link>
                </>
              ),
          },
        ];
        return (
          <>
            <DataTable
              caption={`${data.unitCosts.length} unit costs, uprated to ${data.priceBaseYear} prices`}
              captionSize="s"
              columns={columns}
              rows={data.unitCosts}
              rowKey={(u) => u.id}
              rowTestId={(u) => `unit-cost-${u.id}`}
            />
            <CsvDownloadLink
              csv={{
                filename: `${programmeId}-unit-costs.csv`,
                header: [
                  'Unit cost id',
                  'Name',
                  'Per',
                  'Source',
                  'Value as priced (£)',
                  'Price year',
                  'Category',
                  'Confidence grade',
                  'Optimism-bias correction',
                  'Deflator factor',
                  `Uprated value, ${data.priceBaseYear} prices (£)`,
                  'Value after optimism bias (£)',
                  'Cashable share',
                  'Bearers',
                  'Metrics',
                ],
                rows: data.unitCosts.map((u) => [
                  u.id,
                  u.name,
                  u.per,
                  u.source,
                  u.valueAsPriced,
                  u.priceYear,
                  u.category,
                  u.confidenceGrade,
                  u.optimismBias,
                  u.deflatorFactor,
                  u.upratedValue,
                  u.valueAfterOptimismBias,
                  u.cashableShare,
                  u.bearers.map((b) => `${b.name} ${b.share}`).join('; '),
                  u.metrics.map((m) => m.id).join('; '),
                ]),
              }}
              description="unit-cost register"
              testId="unit-costs-csv"
            />
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/unit-costs`}
              params={{}}
              description="the unit-cost register"
              testId="unit-costs-export"
              allowed={access.isFinance}
            />
          </>
        );
      }}
    </FinancePage>
  );
}
