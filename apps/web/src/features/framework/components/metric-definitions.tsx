// The programme's metrics by strand, each one's definition form a click away (a programme can
// have dozens). The disclosure stays open after a save; the form inside starts again from what is
// now stored.
import type { EditableFramework, ProgrammeDetail } from '@outcomes/contract';
import { Collapsible } from '../../../components/collapsible';
import { formatDate } from '../../../lib/format';
import { MetricForm } from './metric-form';
import { MetricRetirementForm } from './metric-retirement-form';

export function MetricDefinitions({
  programme,
  framework,
  version,
  csrfToken,
  onSaved,
}: {
  programme: ProgrammeDetail;
  framework: EditableFramework;
  /** Raised by every save: the forms start again from what is stored. */
  version: number;
  csrfToken: string | null;
  onSaved: (what: string) => void;
}) {
  const strands = programme.strands
    .map((strand) => ({
      strand,
      metrics: framework.metrics.filter((m) => m.strandId === strand.id),
    }))
    .filter((group) => group.metrics.length > 0);
  return (
    <section aria-labelledby="metrics-heading">
      <h2 className="govuk-heading-m" id="metrics-heading">
        Metrics
      </h2>
      {strands.length === 0 ? (
        <p className="govuk-body">
          The programme has no metrics yet: they come with the business-case workbook.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            A metric’s name, unit, attribution and source. Its id, and so the figures partners have
            returned for it, never change. A metric no longer measured is retired from a date rather
            than removed. Baselines and forecasts are changed further down the page.
          </p>
          {strands.map(({ strand, metrics }) => (
            <section key={strand.id} aria-labelledby={`metrics-${strand.id}-heading`}>
              <h3 className="govuk-heading-s" id={`metrics-${strand.id}-heading`}>
                {strand.name}
              </h3>
              {metrics.map((metric) => (
                <Collapsible
                  key={metric.id}
                  summary={`Edit “${metric.name}”${metric.retiredFrom === null ? '' : ` (retired from ${formatDate(metric.retiredFrom)})`}`}
                  testId={`metric-${metric.id}-details`}
                >
                  <MetricForm
                    key={`${metric.id}-${version}`}
                    programmeId={programme.id}
                    metric={metric}
                    csrfToken={csrfToken}
                    onSaved={onSaved}
                  />
                  <MetricRetirementForm
                    key={`${metric.id}-retirement-${version}`}
                    programmeId={programme.id}
                    metric={metric}
                    csrfToken={csrfToken}
                    onSaved={onSaved}
                  />
                </Collapsible>
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
