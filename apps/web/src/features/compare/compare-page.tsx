// Compare places (issue 20): pick an indicator shared across programmes; see each visible,
// opted-in place ranked, with the funnel plot and the same numbers in a table.
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../components/chart-figure';
import { SelectField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { formatNumber } from '../../lib/format';
import { useAsOf } from '../../lib/use-as-of';
import { ComparisonTable } from './comparison-table';
import { useComparison, useComparisonIndicators } from './compare-queries';
import { funnelPositionLabel } from './funnel-labels';

const FunnelChart = lazy(() => import('./funnel-chart').then((m) => ({ default: m.FunnelChart })));

export function ComparePage() {
  const { asOf } = useAsOf();
  const [params, setParams] = useSearchParams();
  const indicators = useComparisonIndicators();
  const code = params.get('code') ?? indicators.data?.indicators[0]?.code;
  const comparison = useComparison(code, asOf);

  return (
    <Page title={['Compare places']}>
      <h1 className="govuk-heading-l">Compare places</h1>
      <p className="govuk-body">
        Places whose programme opted in to comparison and that you may see, on an indicator their
        packs share. Rates are per 10,000 residents; the funnel’s limits (Spiegelhalter, 2005) widen
        for smaller places, so a small place is not called unusual for what may be chance.
      </p>
      {indicators.isPending ? (
        <Loading what="indicators" />
      ) : indicators.isError ? (
        <PageError error={indicators.error} />
      ) : indicators.data.indicators.length === 0 ? (
        <p className="govuk-body" data-testid="compare-none">
          No indicator is shared by places you may see that opted in to comparison.
        </p>
      ) : (
        <>
          <SelectField
            id="indicator"
            name="code"
            label="Indicator"
            value={code ?? ''}
            onChange={(next) =>
              setParams((current) => {
                const p = new URLSearchParams(current);
                p.set('code', next);
                return p;
              })
            }
            options={indicators.data.indicators.map((i) => ({
              value: i.code,
              text: `${i.code}: ${i.name} (${i.places} ${i.places === 1 ? 'place' : 'places'})`,
            }))}
          />
          {comparison.isPending ? (
            <Loading what="the comparison" />
          ) : comparison.isError ? (
            <PageError error={comparison.error} />
          ) : (
            <>
              <h2 className="govuk-heading-m">
                {comparison.data.name} ({comparison.data.code})
              </h2>
              <p className="govuk-body" data-testid="compare-target">
                As of {comparison.data.asOf}. Funnel measure: {comparison.data.measure}. Average
                over these places:{' '}
                {comparison.data.target === null ? 'none' : formatNumber(comparison.data.target)}.
              </p>
              <ComparisonTable comparison={comparison.data} polarity={comparison.data.polarity} />
              <ChartFigure
                caption={`Funnel plot: ${comparison.data.name}, rate per 10,000 against size`}
                description="Points are places; the solid line is the average, the inner lines the 95% limits and the dashed lines the 99.8% limits."
                series={[
                  { key: 'place', label: 'Place', colour: '#1d70b8', marker: 'circle' },
                  { key: 'limit95', label: '95% limits', colour: '#f47738', marker: 'none' },
                  {
                    key: 'limit998',
                    label: '99.8% limits',
                    colour: '#d4351c',
                    dash: '6 3',
                    marker: 'none',
                  },
                ]}
                chart={
                  <Suspense fallback={<Loading what="the chart" />}>
                    <FunnelChart comparison={comparison.data} />
                  </Suspense>
                }
                table={
                  <table className="govuk-table">
                    <caption className="govuk-table__caption govuk-table__caption--s">
                      The funnel plot’s points
                    </caption>
                    <thead className="govuk-table__head">
                      <tr className="govuk-table__row">
                        <th scope="col" className="govuk-table__header">
                          Place
                        </th>
                        <th
                          scope="col"
                          className="govuk-table__header govuk-table__header--numeric"
                        >
                          Size
                        </th>
                        <th
                          scope="col"
                          className="govuk-table__header govuk-table__header--numeric"
                        >
                          Rate per 10,000
                        </th>
                        <th scope="col" className="govuk-table__header">
                          Position
                        </th>
                      </tr>
                    </thead>
                    <tbody className="govuk-table__body">
                      {comparison.data.places.map((p) => (
                        <tr key={p.programmeId} className="govuk-table__row">
                          <th scope="row" className="govuk-table__header">
                            {p.place}
                          </th>
                          <td className="govuk-table__cell govuk-table__cell--numeric">
                            {p.funnel.exposure === null ? '—' : formatNumber(p.funnel.exposure)}
                          </td>
                          <td className="govuk-table__cell govuk-table__cell--numeric">
                            {p.funnel.value === null ? '—' : formatNumber(p.funnel.value)}
                          </td>
                          <td className="govuk-table__cell">
                            {funnelPositionLabel(p.funnel.position)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                }
                csv={{
                  filename: `compare-${comparison.data.code}.csv`,
                  header: [
                    'Place',
                    'Size',
                    'Rate per 10,000',
                    'Lower 95%',
                    'Upper 95%',
                    'Lower 99.8%',
                    'Upper 99.8%',
                    'Position',
                  ],
                  rows: comparison.data.places.map((p) => [
                    p.place,
                    p.funnel.exposure,
                    p.funnel.value,
                    p.funnel.limits?.lower95 ?? null,
                    p.funnel.limits?.upper95 ?? null,
                    p.funnel.limits?.lower998 ?? null,
                    p.funnel.limits?.upper998 ?? null,
                    funnelPositionLabel(p.funnel.position),
                  ]),
                }}
                csvDescription="the funnel plot's numbers"
                testId="funnel-figure"
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}
