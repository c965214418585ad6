// The bridge on the pack's summary page: the waterfall drawn at a fixed size (a printed page is
// not resized) and its steps in a table, to the penny, as the API gives them.
import type { Variance } from '@outcomes/contract';
import { formatMoneyPence } from '../../../lib/format';
// Not the lazy chart: the PDF is printed once the pack says it is ready, and a chart still
// loading then would print as "Loading chart…".
import BridgeChart from '../../variance/components/bridge-chart';
import { signedMoneyText } from '../../variance/components/signed-money';
import { PackTable } from './pack-table';

export function PackBridge({ variance }: { variance: Variance }) {
  const caption = 'Bridge from forecast to realised benefit to date, by strand';
  return (
    <figure className="app-figure app-board-pack__bridge" data-testid="pack-bridge">
      <figcaption className="app-figure__caption">{caption}</figcaption>
      <div className="app-board-pack__bridge-body">
        <div className="app-chart">
          <BridgeChart
            bars={variance.bars}
            title={`Waterfall chart: ${caption}. The numbers are in the table beside it.`}
            fixedWidth={620}
            barHeight={36}
          />
        </div>
        <PackTable
          testId="pack-bridge-steps"
          caption="The bridge, step by step"
          columns={[
            { header: 'Step', cell: (b) => b.label },
            {
              header: 'Amount',
              numeric: true,
              cell: (b) =>
                b.kind === 'total' ? formatMoneyPence(b.value) : signedMoneyText(b.value, 'pence'),
            },
          ]}
          rows={variance.bars}
          rowKey={(b) => b.key}
        />
      </div>
      <p className="govuk-body-s app-board-pack__note">
        Missing returns: the forecast of periods ended with no figure, neither achieved nor lost.
        Volume: demand avoided short of or above forecast, at the unit cost in use. Unit-cost
        changes: {variance.unitCostNote}
      </p>
    </figure>
  );
}
