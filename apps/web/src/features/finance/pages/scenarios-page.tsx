// "What if": the scenario form and its results, side by side with the programme as it is.
import type { ScenarioComparison } from '@outcomes/contract';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { Loading } from '../../../components/loading';
import { useUnitCosts } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { FinancePage } from '../components/finance-page';
import { ScenarioForm } from '../scenarios/scenario-form';
import { ScenarioResults } from '../scenarios/scenario-results';

export function ScenariosPage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const register = useUnitCosts(programmeId);
  const access = useFinanceAccess(programmeId);
  const [result, setResult] = useState<ScenarioComparison | null>(null);

  return (
    <FinancePage
      title="Scenarios"
      section="scenarios"
      asOfShown={undefined}
      query={register}
      loadingWhat="the scenario form"
      intro={
        <p className="govuk-body">
          Change the assumptions and see base and scenario side by side. The figures are worked out
          again by the same calculation; nothing is stored.
        </p>
      }
    >
      {() =>
        !access.known ? (
          <Loading what="your roles" />
        ) : !access.isFinance ? (
          <div className="govuk-inset-text" data-testid="scenario-not-allowed">
            Scenarios are for the finance role and programme admins.
          </div>
        ) : programme.data && register.data ? (
          <>
            <ScenarioForm
              programme={programme.data}
              register={register.data}
              onResult={setResult}
            />
            {result ? <ScenarioResults result={result} programmeId={programmeId} /> : null}
          </>
        ) : null
      }
    </FinancePage>
  );
}
