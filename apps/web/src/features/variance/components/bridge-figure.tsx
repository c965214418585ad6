// The bridge as a figure: caption, key, waterfall, then the same numbers in tables and as CSV.
import type { Variance, VarianceRow, WaterfallBar } from '@outcomes/contract';
import { CsvDownloadLink } from '../../../components/csv-download-link';
import { DataTable, type Column } from '../../../components/data-table';
import { Money } from '../../../components/figures';
import { formatDate, formatInteger, formatMoneyPence } from '../../../lib/format';
import { bridgeColours } from './bridge-colours';
import { LazyBridgeChart } from './lazy-bridge-chart';
import { signedMoneyText, signedUnitsText } from './signed-money';

const KIND_WORDS: Record<WaterfallBar['kind'], string> = {
  total: 'Total',
  step: 'Step',
  rounding: 'Rounding to the penny',
};

const barColumns: Column<WaterfallBar>[] = [
  { key: 'label', header: 'Step', rowHeader: true, render: (b) => b.label },
  {
    key: 'value',
    header: 'Amount',
    numeric: true,
    value: (b) => b.value,
    render: (b) =>
      b.kind === 'total' ? formatMoneyPence(b.value) : signedMoneyText(b.value, 'pence'),
  },
  {
    key: 'to',
    header: 'Running total',
    numeric: true,
    value: (b) => b.to,
    render: (b) => formatMoneyPence(b.to),
  },
];

function rowColumns(byMetric: boolean): Column<VarianceRow>[] {
  const columns: Column<VarianceRow>[] = [
    { key: 'name', header: byMetric ? 'Metric' : 'Strand', rowHeader: true, render: (r) => r.name },
    {
      key: 'forecastAllEnded',
      header: 'Forecast, all ended periods',
      numeric: true,
      value: (r) => r.money.forecastAllEnded,
      render: (r) => <Money value={r.money.forecastAllEnded} />,
    },
    {
      key: 'missingReturns',
      header: 'Missing returns',
      numeric: true,
      value: (r) => r.money.missingReturns,
      render: (r) => signedMoneyText(r.money.missingReturns),
    },
    {
      key: 'volume',
      header: 'Volume (the gap to forecast)',
      numeric: true,
      value: (r) => r.money.volume,
      render: (r) => signedMoneyText(r.money.volume),
    },
    {
      key: 'unitCost',
      header: 'Unit-cost changes',
      numeric: true,
      value: (r) => r.money.unitCost,
      render: (r) => signedMoneyText(r.money.unitCost),
    },
    {
      key: 'realised',
      header: 'Realised',
      numeric: true,
      value: (r) => r.money.realised,
      render: (r) => <Money value={r.money.realised} />,
    },
  ];
  if (byMetric) {
    columns.push(
      {
        key: 'volumeUnits',
        header: 'Demand avoided against forecast',
        numeric: true,
        value: (r) => r.units?.volume ?? null,
        render: (r) => (r.units && r.unit ? signedUnitsText(r.units.volume, r.unit) : null),
      },
      {
        key: 'missingUnits',
        header: 'Forecast in missing returns',
        numeric: true,
        value: (r) => r.units?.missingReturns ?? null,
        render: (r) =>
          r.units && r.unit ? signedUnitsText(-r.units.missingReturns, r.unit) : null,
      },
    );
  } else {
    columns.push({
      key: 'missingReturnCount',
      header: 'Missing returns (periods)',
      numeric: true,
      value: (r) => r.missingReturnCount,
      render: (r) => formatInteger(r.missingReturnCount),
    });
  }
  return columns;
}

function Key() {
  const items = [
    { colour: bridgeColours.total, text: 'Forecast and realised totals' },
    { colour: bridgeColours.down, text: 'A step that lowers the benefit (value shown with −)' },
    { colour: bridgeColours.up, text: 'A step that raises it (value shown with +)' },
  ];
  return (
    <ul className="app-legend" aria-label="Key">
      {items.map((i) => (
        <li key={i.text} className="app-legend__item">
          <svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <rect x="0" y="2" width="24" height="12" fill={i.colour} />
          </svg>
          <span>{i.text}</span>
        </li>
      ))}
    </ul>
  );
}

export function BridgeFigure({
  variance,
  testId = 'bridge-figure',
}: {
  variance: Variance;
  testId?: string;
}) {
  const byMetric = variance.strandId !== null;
  const caption = `Bridge from forecast to realised benefit to date, ${byMetric ? 'by metric' : 'by strand'}: ${variance.name}`;
  const file = `${variance.programmeId}-${variance.strandId ?? 'programme'}-bridge-${variance.asOf}`;
  return (
    <figure className="app-figure" data-testid={testId}>
      <figcaption className="app-figure__caption">{caption}</figcaption>
      <p className="app-figure__description">
        Figures as of {formatDate(variance.asOf)}. The bridge starts from the forecast benefit of
        every period that has ended, takes away the forecast of periods with no figure returned
        (missing returns: neither achieved nor lost), then shows how far the demand avoided fell
        short of or beat the forecast, valued at the unit cost in use (volume
        {byMetric ? ', metric by metric' : ', strand by strand'}). Metrics without a unit cost count
        in units only. The same numbers are in the tables below the chart.
      </p>
      <Key />
      <LazyBridgeChart
        bars={variance.bars}
        title={`Waterfall chart: ${caption}. The numbers are in the table that follows.`}
      />
      <DataTable
        caption="The bridge, step by step (the chart's data)"
        captionSize="s"
        columns={barColumns}
        rows={variance.bars}
        rowKey={(b) => b.key}
        rowTestId={(b) => `${testId}-bar-${b.key}`}
      />
      <p className="govuk-body-s" data-testid={`${testId}-unit-cost-note`}>
        <strong>Unit-cost changes:</strong> {variance.unitCostNote}
      </p>
      <CsvDownloadLink
        csv={{
          filename: `${file}.csv`,
          header: ['Step', 'Kind', 'Amount (£)', 'From (£)', 'To (£)'],
          rows: variance.bars.map((b) => [b.label, KIND_WORDS[b.kind], b.value, b.from, b.to]),
        }}
        description="the bridge's steps"
        testId={`${testId}-csv`}
      />
      <p className="govuk-body-s">
        In the table by {byMetric ? 'metric' : 'strand'}, each figure is rounded to the pound on its
        own, so a row can be a pound out; the step-by-step table above adds up to the penny (with a
        rounding step where the pence need one). The volume step is the gap to forecast over the
        periods with a return.
      </p>
      <DataTable
        caption={byMetric ? 'The bridge by metric' : 'The bridge by strand'}
        captionSize="s"
        columns={rowColumns(byMetric)}
        rows={variance.rows}
        rowKey={(r) => r.id}
        rowTestId={(r) => `${testId}-row-${r.id}`}
      />
      <CsvDownloadLink
        csv={{
          filename: `${file}-${byMetric ? 'metrics' : 'strands'}.csv`,
          header: [
            byMetric ? 'Metric' : 'Strand',
            'Forecast, all ended periods (£)',
            'Missing returns (£)',
            'Volume (£)',
            'Unit-cost changes (£)',
            'Realised (£)',
            'Forecast, periods with a return (£)',
            'Gap to forecast (£)',
            'Missing returns (periods)',
            'Unit',
            'Forecast improvement, all ended periods (units)',
            'Missing returns (units)',
            'Volume (units)',
            'Actual improvement (units)',
          ],
          rows: variance.rows.map((r) => [
            r.name,
            r.money.forecastAllEnded,
            r.money.missingReturns,
            r.money.volume,
            r.money.unitCost,
            r.money.realised,
            r.money.forecastComparable,
            r.money.gap,
            r.missingReturnCount,
            r.unit ?? '',
            r.units?.forecastAllEnded ?? '',
            r.units?.missingReturns ?? '',
            r.units?.volume ?? '',
            r.units?.actual ?? '',
          ]),
        }}
        description={byMetric ? 'the bridge by metric' : 'the bridge by strand'}
        testId={`${testId}-rows-csv`}
      />
    </figure>
  );
}
