import { Loading } from '../../../components/loading';
import { ErrorPanel } from '../../../components/error-panel';
import { useVariance } from '../api/get-variance';
import { BridgeFigure } from './bridge-figure';
import { GapFigures } from './gap-figures';

interface VarianceSectionProps {
  programmeId: string;
  /** A strand's bridge by metric; the programme's by strand when absent. */
  strandId?: string;
  asOf: string | undefined;
}

/** "How far from forecast, and why": the gap cards and the bridge, for a headline page. */
export function VarianceSection({ programmeId, strandId, asOf }: VarianceSectionProps) {
  const variance = useVariance(programmeId, strandId, asOf);
  return (
    <section aria-labelledby="variance-heading" data-testid="variance">
      <h2 className="govuk-heading-m" id="variance-heading">
        Gap to forecast
      </h2>
      {variance.isError ? (
        <ErrorPanel error={variance.error} title="The gap to forecast could not be loaded" />
      ) : !variance.data ? (
        <Loading what="the gap to forecast" />
      ) : (
        <>
          <GapFigures variance={variance.data} />
          <BridgeFigure variance={variance.data} />
        </>
      )}
    </section>
  );
}
