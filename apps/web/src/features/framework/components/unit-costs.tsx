// The programme's unit costs, each one's form a click away. The disclosure stays open after a
// save; the form inside starts again from what is now stored.
import type { EditableFramework } from '@outcomes/contract';
import { Collapsible } from '../../../components/collapsible';
import { formatMoneyPence } from '../../../lib/format';
import { UnitCostForm } from './unit-cost-form';

export function UnitCosts({
  programmeId,
  framework,
  version,
  csrfToken,
  onSaved,
}: {
  programmeId: string;
  framework: EditableFramework;
  /** Raised by every save: the forms start again from what is stored. */
  version: number;
  csrfToken: string | null;
  onSaved: (what: string, businessCaseVersion: number | null) => void;
}) {
  return (
    <section aria-labelledby="unit-costs-heading">
      <h2 className="govuk-heading-m" id="unit-costs-heading">
        Unit costs
      </h2>
      {framework.unitCosts.length === 0 ? (
        <p className="govuk-body">
          The programme has no unit costs yet: they come with the business-case workbook.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            A unit cost is part of the business case: changing its value, price year, grade or
            cashable share makes a new business-case version, which changes no judgement until an
            admin puts it in force. Who bears it is changed further down the page.
          </p>
          {framework.unitCosts.map((unitCost) => (
            <Collapsible
              key={unitCost.id}
              summary={`Edit “${unitCost.name}” (${formatMoneyPence(unitCost.valueGbp)} per ${unitCost.per}, ${unitCost.priceYear} prices)`}
              testId={`unit-cost-${unitCost.id}-details`}
            >
              <UnitCostForm
                key={`${unitCost.id}-${version}`}
                programmeId={programmeId}
                unitCost={unitCost}
                csrfToken={csrfToken}
                onSaved={onSaved}
              />
            </Collapsible>
          ))}
        </>
      )}
    </section>
  );
}
