import type { BoardMetric } from '@outcomes/contract';
import { Achievement } from '../../../components/figures';
import { formatInteger } from '../../../lib/format';
import type { BoardPackData } from '../api/use-board-pack-data';
import { overdueReturns } from '../lib/board-pack-select';
import { PackTable } from './pack-table';
import { Empty, Part, Section, valueWithUnit } from './section';

function BoardMetricTable({
  metrics,
  caption,
  testId,
}: {
  metrics: readonly BoardMetric[];
  caption: string;
  testId: string;
}) {
  return (
    <table className="govuk-table app-board-pack__table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Metric
          </th>
          <th scope="col" className="govuk-table__header">
            Strand
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Latest
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Forecast
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Achievement
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {metrics.map((m) => (
          <tr className="govuk-table__row" key={m.id}>
            <th scope="row" className="govuk-table__header">
              {m.name}
            </th>
            <td className="govuk-table__cell">{m.strandName}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {valueWithUnit(m.latestActual?.value, m.unit)}
              {m.latestActual ? (
                <span className="app-board-pack__hint">{m.latestActual.label}</span>
              ) : null}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {valueWithUnit(m.forecast, m.unit)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Achievement value={m.achievement} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExceptionsSection({ data }: { data: BoardPackData }) {
  const red = data.board.metrics.filter((m) => m.rag === 'red');
  const concern = data.board.metrics.filter((m) => m.variation === 'special-cause-concern');
  const overdue = overdueReturns(data);
  return (
    <Section id="exceptions" caption="For the board's attention" title="Exceptions">
      <p className="govuk-body" data-testid="exceptions-explained">
        Exceptions are what needs the board&rsquo;s attention: metrics rated red, metrics whose
        statistical process control shows special-cause variation of concern, and returns overdue.
      </p>
      <Part title={`Red metrics (${formatInteger(red.length)})`}>
        {red.length === 0 ? (
          <Empty>No metric is red.</Empty>
        ) : (
          <BoardMetricTable metrics={red} caption="Metrics rated red" testId="pack-red-metrics" />
        )}
      </Part>
      <Part title={`Special causes of concern (${formatInteger(concern.length)})`}>
        {concern.length === 0 ? (
          <Empty>No metric shows special-cause variation of concern.</Empty>
        ) : (
          <BoardMetricTable
            metrics={concern}
            caption="Metrics whose latest point is a special cause of concern"
            testId="pack-concern-metrics"
          />
        )}
      </Part>
      <Part title={`Overdue returns (${formatInteger(overdue.length)})`}>
        {overdue.length === 0 ? (
          <Empty>No return is overdue.</Empty>
        ) : (
          <PackTable
            testId="pack-overdue"
            caption="Overdue returns by partner"
            columns={[
              { header: 'Partner', cell: (p) => p.partnerName },
              {
                header: 'Figures overdue',
                numeric: true,
                cell: (p) => formatInteger(p.overdue.length),
              },
              {
                header: 'Oldest',
                cell: (p) =>
                  p.overdue[0] ? `${p.overdue[0].metricName}: ${p.overdue[0].periodLabel}` : null,
              },
            ]}
            rows={data.returnsDue.partners.filter((p) => p.overdue.length > 0)}
            rowKey={(p) => p.partnerId}
          />
        )}
      </Part>
    </Section>
  );
}
