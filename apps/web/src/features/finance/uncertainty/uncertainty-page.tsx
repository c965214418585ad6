// How sure is the business case? Switching values (how far each assumption must move for the
// net present value to reach zero) and a Monte Carlo run over stated ranges, from the API.
import type { Uncertainty } from '@outcomes/contract';
import { useParams, useSearchParams } from 'react-router';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatMoney } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { programmePath } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { MonteCarloSection } from './monte-carlo-section';
import { SeedForm } from './seed-form';
import { SwitchingValuesTable } from './switching-values-table';
import { useUncertainty } from './uncertainty-query';

const DEFAULT_SEED = 1;

function useSeed(): [number, (seed: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('seed');
  const seed = raw !== null && /^\d+$/.test(raw) ? Number(raw) : DEFAULT_SEED;
  const setSeed = (next: number) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      p.set('seed', String(next));
      return p;
    });
  return [seed, setSeed];
}

export function UncertaintyPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const [seed, setSeed] = useSeed();
  const access = useFinanceAccess(programmeId);
  const query = useUncertainty(programmeId, asOf, seed, access.isFinance);
  // Not for this user's roles: the page says so instead of waiting for figures it cannot have.
  const refused = access.known && !access.isFinance;

  return (
    <FinancePage
      title="Uncertainty"
      section="uncertainty"
      asOfShown={query.data?.asOf}
      query={refused ? { isError: false, error: null, data: true } : query}
      loadingWhat="the switching values and the Monte Carlo run"
      intro={
        <p className="govuk-body">
          How far the business case&rsquo;s assumptions can be wrong before its net present value
          reaches zero, and the spread of net present value when they are all uncertain at once.
        </p>
      }
    >
      {() => {
        if (refused) {
          return (
            <div className="govuk-inset-text" data-testid="uncertainty-not-allowed">
              The uncertainty figures are for the finance role and programme admins.
            </div>
          );
        }
        const data = query.data as Uncertainty;
        return (
          <>
            <KeyFigures>
              <SummaryCard
                label="Net present value, business case"
                value={data.netPresentValue}
                testId="uncertainty-npv"
              >
                {formatMoney(data.netPresentValue)}
              </SummaryCard>
              <SummaryCard label="P10" value={data.monteCarlo.p10} testId="uncertainty-p10">
                {formatMoney(data.monteCarlo.p10)}
              </SummaryCard>
              <SummaryCard label="P50" value={data.monteCarlo.p50} testId="uncertainty-p50">
                {formatMoney(data.monteCarlo.p50)}
              </SummaryCard>
              <SummaryCard label="P90" value={data.monteCarlo.p90} testId="uncertainty-p90">
                {formatMoney(data.monteCarlo.p90)}
              </SummaryCard>
            </KeyFigures>
            <h2 className="govuk-heading-m">Switching values</h2>
            <p className="govuk-body">
              Each row moves one assumption for every metric at once, the others held at the
              programme&rsquo;s own values, until the net present value of the business case
              (forecast benefits less forecast costs, discounted) is zero: the Green Book&rsquo;s
              switching value. A multiple applies to the programme&rsquo;s own figure; points are
              added to it.
            </p>
            <SwitchingValuesTable rows={data.switchingValues} />
            <h2 className="govuk-heading-m">Monte Carlo</h2>
            <p className="govuk-body">
              Every draw takes one value for each assumption from the range below, and works out the
              net present value again. The ranges are stated assumptions, not published figures.
            </p>
            <MonteCarloSection data={data} programmeId={programmeId} />
            <SeedForm key={seed} seed={seed} onSeed={setSeed} />
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/uncertainty`}
              params={{ asOf: data.asOf, seed: String(seed) }}
              description="the switching values and Monte Carlo figures"
              testId="uncertainty-export"
              allowed={access.isFinance}
            />
          </>
        );
      }}
    </FinancePage>
  );
}
