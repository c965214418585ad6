import { Achievement, Money } from '../../../components/figures';
import { NoValue } from '../../../components/no-value';
import { formatPercent, formatRate } from '../../../lib/format';
import type { BoardPackData } from '../api/use-board-pack-data';
import { PackTable } from './pack-table';
import { Section } from './section';

/** As the equity page says it: "+12.3 points", the sign in words as well. */
function Gap({ value }: { value: number | null }) {
  if (value === null) return <NoValue label="No gap: a total is zero" />;
  if (value === 0) return <>0 points</>;
  const points = formatPercent(Math.abs(value)).replace('%', '');
  return (
    <>
      {value > 0 ? '+' : '−'}
      {points} points
      <span className="app-board-pack__hint">
        {value > 0 ? 'receives more than it puts in' : 'puts in more than it receives'}
      </span>
    </>
  );
}

export function FinanceAnnex({ data }: { data: BoardPackData }) {
  const { ledger, equity, reinvestment } = data;
  return (
    <Section id="finance-annex" caption="Annex A" title="Finance annex">
      <PackTable
        testId="pack-ledger"
        caption={<>Benefits ledger by partner (the bearer&rsquo;s share)</>}
        columns={[
          { header: 'Partner', cell: (r) => r.name },
          {
            header: 'Forecast to date',
            numeric: true,
            cell: (r) => <Money value={r.forecastBenefitToDate} />,
          },
          {
            header: 'Realised to date',
            numeric: true,
            cell: (r) => <Money value={r.realisedBenefitToDate} />,
          },
          {
            header: 'Realised cashable',
            numeric: true,
            cell: (r) => <Money value={r.realisedCashableToDate} />,
          },
          {
            header: 'Forecast, whole case',
            numeric: true,
            cell: (r) => <Money value={r.forecastBenefitWholeCase} />,
          },
        ]}
        rows={ledger.rows}
        rowKey={(r) => r.key}
        total={[
          <Money key="f" value={ledger.total.forecastBenefitToDate} />,
          <Money key="r" value={ledger.total.realisedBenefitToDate} />,
          <Money key="c" value={ledger.total.realisedCashableToDate} />,
          <Money key="w" value={ledger.total.forecastBenefitWholeCase} />,
        ]}
      />

      <PackTable
        testId="pack-equity"
        caption="Partner equity to date: share of costs borne against share of benefits received"
        columns={[
          { header: 'Partner', cell: (p) => p.name },
          { header: 'Cost to date', numeric: true, cell: (p) => <Money value={p.costToDate} /> },
          {
            header: 'Cost share',
            numeric: true,
            cell: (p) => <Achievement value={p.costShareToDate} />,
          },
          {
            header: 'Benefit to date',
            numeric: true,
            cell: (p) => <Money value={p.realisedBenefitToDate} />,
          },
          {
            header: 'Benefit share',
            numeric: true,
            cell: (p) => <Achievement value={p.benefitShareToDate} />,
          },
          { header: 'Gap', numeric: true, cell: (p) => <Gap value={p.gapToDate} /> },
        ]}
        rows={equity.partners}
        rowKey={(p) => p.partnerId}
      />

      <PackTable
        testId="pack-reinvestment"
        caption={
          <>
            Reinvestment pot: {formatRate(reinvestment.reinvestmentShare)} of realised cashable
            benefit to local budgets (national budgets&rsquo; savings beside it, not in it)
          </>
        }
        columns={[
          { header: 'Financial year', cell: (y) => y.financialYear },
          {
            header: 'Realised cashable, local',
            numeric: true,
            cell: (y) => <Money value={y.localCashable} />,
          },
          { header: 'Pot', numeric: true, cell: (y) => <Money value={y.pot} /> },
          {
            header: 'Realised cashable, national (not in the pot)',
            numeric: true,
            cell: (y) => <Money value={y.nationalCashable} />,
          },
        ]}
        rows={reinvestment.years}
        rowKey={(y) => y.financialYear}
        total={[
          <Money key="c" value={reinvestment.totalLocalCashable} />,
          <Money key="p" value={reinvestment.totalPot} />,
          <Money key="n" value={reinvestment.totalNationalCashable} />,
        ]}
      />
    </Section>
  );
}
