// The Framework page's business-case sections: outcomes, each metric's baseline and forecasts,
// who bears each unit cost, and the cost lines, each form a click away and built only when
// opened (a programme can have hundreds of cost lines: a page of every form would be thousands
// of fields). Saving bearers, forecasts or a cost line's forecast makes a new business-case version,
// which changes no judgement until an admin puts it in force; the page's banner names it.
import type { EditableFramework, ProgrammeDetail } from '@outcomes/contract';
import { Collapsible } from '../../../components/collapsible';
import { formatMoneyPence } from '../../../lib/format';
import { BaselineForm } from './baseline-form';
import { BearersForm } from './bearers-form';
import { CostLineForm } from './cost-line-form';
import { ForecastVersionForm } from './forecast-version-form';
import { OutcomeForm } from './outcome-form';

interface SectionProps {
  programme: ProgrammeDetail;
  framework: EditableFramework;
  /** Raised by every save: the forms start again from what is stored. */
  version: number;
  csrfToken: string | null;
  onSaved: (what: string, businessCaseVersion?: number | null) => void;
}

function Outcomes({ programme, framework, version, csrfToken, onSaved }: SectionProps) {
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 className="govuk-heading-m" id="outcomes-heading">
        Outcomes
      </h2>
      {framework.outcomes.length === 0 ? null : (
        <Collapsible
          lazy
          summary={`Rename an outcome (${framework.outcomes.length})`}
          testId="outcomes-details"
        >
          {framework.outcomes.map((outcome) => (
            <OutcomeForm
              key={`${outcome.id}-${version}`}
              programmeId={programme.id}
              outcome={outcome}
              csrfToken={csrfToken}
              onSaved={onSaved}
            />
          ))}
        </Collapsible>
      )}
      <Collapsible lazy summary="Add an outcome" testId="new-outcome-details">
        <OutcomeForm
          key={`new-outcome-${version}`}
          programmeId={programme.id}
          csrfToken={csrfToken}
          onSaved={onSaved}
        />
      </Collapsible>
    </section>
  );
}

/** A metric's baseline and forecast forms, each a click away. */
function MetricBusinessCase({
  metric,
  programme,
  framework,
  version,
  csrfToken,
  onSaved,
}: SectionProps & { metric: EditableFramework['metrics'][number] }) {
  const baseline = framework.baselines.find((b) => b.metricId === metric.id);
  const forecasts = framework.forecasts.find((f) => f.metricId === metric.id);
  return (
    <>
      {baseline ? (
        <Collapsible
          lazy
          summary={`Baseline of “${metric.name}”`}
          testId={`baseline-${metric.id}-details`}
        >
          <BaselineForm
            key={`${metric.id}-${version}`}
            programmeId={programme.id}
            metric={metric}
            baseline={baseline}
            csrfToken={csrfToken}
            onSaved={onSaved}
          />
        </Collapsible>
      ) : null}
      {forecasts ? (
        <Collapsible
          lazy
          summary={`Forecasts of “${metric.name}”`}
          testId={`forecasts-${metric.id}-details`}
        >
          <ForecastVersionForm
            key={`${metric.id}-${version}`}
            programmeId={programme.id}
            metric={metric}
            forecasts={forecasts}
            csrfToken={csrfToken}
            onSaved={onSaved}
          />
        </Collapsible>
      ) : null}
    </>
  );
}

function BaselinesAndForecasts({
  programme,
  framework,
  version,
  csrfToken,
  onSaved,
}: SectionProps) {
  return (
    <section aria-labelledby="baselines-forecasts-heading">
      <h2 className="govuk-heading-m" id="baselines-forecasts-heading">
        Baselines and forecasts
      </h2>
      {framework.metrics.length === 0 ? (
        <p className="govuk-body">The programme has no metrics yet.</p>
      ) : (
        <p className="govuk-body">
          Saving a metric’s forecasts makes a new business-case version with the name and reason you
          give; it changes no judgement until an admin puts it in force. A baseline is not
          versioned.
        </p>
      )}
      {programme.strands.map((strand) => {
        const metrics = framework.metrics.filter((m) => m.strandId === strand.id);
        if (metrics.length === 0) return null;
        // One disclosure a strand: the forms are built only for the strand opened.
        return (
          <Collapsible
            key={strand.id}
            lazy
            summary={`“${strand.name}”: ${metrics.length} metric${metrics.length === 1 ? '' : 's'}`}
            testId={`baselines-forecasts-${strand.id}-details`}
          >
            {metrics.map((metric) => (
              <MetricBusinessCase
                key={metric.id}
                metric={metric}
                programme={programme}
                framework={framework}
                version={version}
                csrfToken={csrfToken}
                onSaved={onSaved}
              />
            ))}
          </Collapsible>
        );
      })}
    </section>
  );
}

function Bearers({ programme, framework, version, csrfToken, onSaved }: SectionProps) {
  if (framework.unitCosts.length === 0) return null;
  return (
    <section aria-labelledby="bearers-heading">
      <h2 className="govuk-heading-m" id="bearers-heading">
        Who bears each unit cost
      </h2>
      <p className="govuk-body">
        How each unit cost falls across the partners. A new split makes a new business-case version,
        which changes no judgement until an admin puts it in force.
      </p>
      <Collapsible
        lazy
        summary={`The bearers of the ${framework.unitCosts.length} unit cost${framework.unitCosts.length === 1 ? '' : 's'}`}
        testId="bearers-details"
      >
        {framework.unitCosts.map((unitCost) => (
          <Collapsible
            lazy
            key={unitCost.id}
            summary={`Who bears “${unitCost.name}”`}
            testId={`bearers-${unitCost.id}-details`}
          >
            <BearersForm
              key={`${unitCost.id}-${version}`}
              programme={programme}
              unitCost={unitCost}
              bearers={framework.bearers.find((b) => b.unitCostId === unitCost.id)?.bearers ?? []}
              csrfToken={csrfToken}
              onSaved={onSaved}
            />
          </Collapsible>
        ))}
      </Collapsible>
    </section>
  );
}

function CostLines({ programme, framework, version, csrfToken, onSaved }: SectionProps) {
  const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((item) => item.id === id)?.name ?? id;
  return (
    <section aria-labelledby="cost-lines-heading">
      <h2 className="govuk-heading-m" id="cost-lines-heading">
        Costs
      </h2>
      {programme.strands.length === 0 || programme.partners.length === 0 ? (
        <p className="govuk-body">A cost line is a partner’s cost to a strand: add them first.</p>
      ) : (
        <>
          <p className="govuk-body">
            Each partner’s cost to each strand, by financial year. Adding a line or changing a
            forecast makes a new business-case version, which changes no judgement until an admin
            puts it in force.
          </p>
          {programme.strands.map((strand) => {
            const lines = framework.costLines.filter((line) => line.strandId === strand.id);
            if (lines.length === 0) return null;
            return (
              <Collapsible
                key={strand.id}
                lazy
                summary={`“${strand.name}”: ${lines.length} cost line${lines.length === 1 ? '' : 's'}`}
                testId={`cost-lines-${strand.id}-details`}
              >
                {lines.map((line) => (
                  <Collapsible
                    key={line.id}
                    lazy
                    summary={`${line.financialYear} ${line.kind} cost of ${nameOf(programme.partners, line.partnerId)} (forecast ${formatMoneyPence(line.forecastGbp)})`}
                    testId={`cost-line-${line.id.replaceAll('.', '-')}-details`}
                  >
                    <CostLineForm
                      key={`${line.id}-${version}`}
                      programme={programme}
                      line={line}
                      csrfToken={csrfToken}
                      onSaved={onSaved}
                    />
                  </Collapsible>
                ))}
              </Collapsible>
            );
          })}
          <Collapsible lazy summary="Add a cost line" testId="new-cost-line-details">
            <CostLineForm
              key={`new-cost-line-${version}`}
              programme={programme}
              csrfToken={csrfToken}
              onSaved={onSaved}
            />
          </Collapsible>
        </>
      )}
    </section>
  );
}

export function BusinessCaseForms(props: SectionProps) {
  return (
    <>
      <Outcomes {...props} />
      <BaselinesAndForecasts {...props} />
      <Bearers {...props} />
      <CostLines {...props} />
    </>
  );
}
