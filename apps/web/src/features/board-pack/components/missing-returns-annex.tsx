import { formatDate, formatInteger } from '../../../lib/format';
import type { BoardPackData } from '../api/use-board-pack-data';
import { overdueReturns } from '../lib/board-pack-select';
import { PackTable } from './pack-table';
import { Empty, Section } from './section';

/** Every figure owed at the meeting date, none left out: the strand pages point here. */
export function MissingReturnsAnnex({ data }: { data: BoardPackData }) {
  const overdue = overdueReturns(data);
  return (
    <Section flow id="missing-returns-annex" caption="Annex C" title="Missing returns">
      <p className="govuk-body">
        Every figure that partners owed at {formatDate(data.asOf)}: the period has ended and no
        figure has been returned ({formatInteger(overdue.length)} in all), by partner, oldest first.
      </p>
      {overdue.length === 0 ? (
        <Empty>No return is overdue.</Empty>
      ) : (
        <PackTable
          testId="pack-missing-returns"
          caption={`Overdue returns at ${formatDate(data.asOf)} (${formatInteger(overdue.length)})`}
          columns={[
            { header: 'Partner', cell: (r) => r.partnerName },
            { header: 'Metric', cell: (r) => r.metricName },
            { header: 'Period', cell: (r) => r.periodLabel },
            { header: 'Period ended', cell: (r) => formatDate(r.periodEnd) },
          ]}
          rows={overdue}
          rowKey={(r) => `${r.metricId}-${r.periodStart}`}
        />
      )}
    </Section>
  );
}
