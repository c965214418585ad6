import type { BoardMetric, StrandDetail } from '@outcomes/contract';
import { Achievement, Money } from '../../../components/figures';
import { NoValue } from '../../../components/no-value';
import { RagTag } from '../../../components/rag-tag';
import { Sparkline } from '../../../components/sparkline';
import { AssuranceIcon, VariationIcon } from '../../../components/spc-icons';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatDate, formatInteger, formatMoney } from '../../../lib/format';
import type { BoardPackData } from '../api/use-board-pack-data';
import {
  latestStrandCommentary,
  metricsOfStrand,
  overdueReturns,
  type OverdueReturn,
} from '../lib/board-pack-select';
import { gapWords, signedMoneyText } from '../../variance/components/signed-money';
import { Empty, Part, Section, valueWithUnit } from './section';

function MetricsTable({ detail, board }: { detail: StrandDetail; board: readonly BoardMetric[] }) {
  return (
    <table
      className="govuk-table app-board-pack__table"
      data-testid={`pack-metrics-${detail.strand.id}`}
    >
      <caption className="govuk-table__caption govuk-table__caption--s">
        Metrics of {detail.strand.name}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Metric
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Trend of </span>Actuals
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Latest
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Forecast
          </th>
          <th scope="col" className="govuk-table__header">
            RAG
          </th>
          <th scope="col" className="govuk-table__header">
            Variation and assurance
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Missing returns
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {detail.metrics.map((m) => {
          const b = board.find((x) => x.id === m.id);
          return (
            <tr className="govuk-table__row" key={m.id} data-testid={`pack-metric-row-${m.id}`}>
              <th scope="row" className="govuk-table__header app-board-pack__metric-name">
                {m.name}
                <span className="app-board-pack__hint">{m.outcomeName}</span>
              </th>
              <td className="govuk-table__cell">
                <Sparkline values={m.trend.map((t) => t.value)} width={80} height={24} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {m.latestActual ? (
                  <>
                    {valueWithUnit(m.latestActual.value, m.unit)}
                    <span className="app-board-pack__hint">{m.latestActual.label}</span>
                  </>
                ) : (
                  <NoValue />
                )}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {valueWithUnit(b?.forecast, m.unit)}
              </td>
              <td className="govuk-table__cell" data-column="rag" data-value={m.rag}>
                <RagTag rag={m.rag} />
              </td>
              <td className="govuk-table__cell">
                {b?.variation ? (
                  <VariationIcon variation={b.variation} polarity={b.polarity} />
                ) : null}
                {b?.assurance ? <AssuranceIcon assurance={b.assurance} /> : null}
                {!b?.variation && !b?.assurance ? <NoValue label="Too few figures" /> : null}
                {b?.recalculateLimitsFrom ? (
                  <span className="app-board-pack__hint">
                    Assurance judged on the process since {b.recalculateLimitsFrom.label} (a
                    sustained shift): limits should be recalculated.
                  </span>
                ) : null}
                {b?.spcMoneyDisagreement ? (
                  <span className="app-board-pack__hint" data-testid={`pack-spc-money-${m.id}`}>
                    Concern on the chart, yet{' '}
                    {formatMoney(b.spcMoneyDisagreement.realisedBenefitToDate)} is booked as
                    realised against a growing counterfactual:{' '}
                    {formatMoney(b.spcMoneyDisagreement.fromAssumedGrowth)} of it from the assumed
                    growth in demand alone.
                  </span>
                ) : null}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatInteger(m.missingReturns)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** How many figures the strand owes, the oldest named; every one is in the missing-returns annex. */
function OverdueSummary({ items }: { items: readonly OverdueReturn[] }) {
  const oldest = items[0];
  return (
    <p className="govuk-body">
      {formatInteger(items.length)} {items.length === 1 ? 'figure is' : 'figures are'} overdue
      {oldest ? (
        <>
          , the oldest {oldest.metricName}: {oldest.periodLabel} ({oldest.partnerName})
        </>
      ) : null}
      . Each one is listed in{' '}
      <a className="govuk-link" href="#missing-returns-annex-heading">
        Annex C, Missing returns
      </a>
      .
    </p>
  );
}

export function StrandSection({ data, detail }: { data: BoardPackData; detail: StrandDetail }) {
  const { strand, summary } = detail;
  const board = metricsOfStrand(data, strand.id);
  const story = latestStrandCommentary(board);
  const metricIds = new Set(detail.metrics.map((m) => m.id));
  const overdue = overdueReturns(data).filter((r) => metricIds.has(r.metricId));
  const sponsor = data.programme.partners.find((p) => p.id === strand.sponsorPartnerId);
  const variance = data.variance.rows.find((r) => r.id === strand.id);
  return (
    <Section
      id={`strand-${strand.id}`}
      caption={`Strand${sponsor ? ` · sponsored by ${sponsor.name}` : ''}`}
      title={strand.name}
      testId={`pack-strand-${strand.id}`}
    >
      <KeyFigures>
        <SummaryCard label="RAG status" value={summary.rag} testId={`pack-strand-rag-${strand.id}`}>
          <RagTag rag={summary.rag} />
        </SummaryCard>
        <SummaryCard
          label="Achievement to date"
          value={summary.achievement}
          testId={`pack-strand-achievement-${strand.id}`}
        >
          <Achievement value={summary.achievement} />
        </SummaryCard>
        <SummaryCard
          label="Realised benefit to date"
          value={summary.realisedBenefitToDate}
          testId={`pack-strand-realised-${strand.id}`}
        >
          <Money value={summary.realisedBenefitToDate} />
        </SummaryCard>
        <SummaryCard
          label="Forecast benefit to date"
          value={summary.forecastBenefitToDate}
          testId={`pack-strand-forecast-${strand.id}`}
        >
          <Money value={summary.forecastBenefitToDate} />
        </SummaryCard>
        {variance ? (
          <SummaryCard
            label="Gap to forecast"
            value={variance.money.gap}
            testId={`pack-strand-gap-${strand.id}`}
            hint={gapWords(variance.money.gap)}
          >
            {signedMoneyText(variance.money.gap)}
          </SummaryCard>
        ) : null}
      </KeyFigures>
      <MetricsTable detail={detail} board={board} />
      <Part title="The sponsor's latest commentary">
        {story?.latestCommentary ? (
          <blockquote className="app-board-pack__story" data-testid={`pack-story-${strand.id}`}>
            <p className="govuk-body">
              <strong>
                {story.name}, {story.latestCommentary.label}:
              </strong>{' '}
              {story.latestCommentary.excerpt}
            </p>
            <p className="govuk-body-s">
              {story.latestCommentary.authorName}, written{' '}
              {formatDate(story.latestCommentary.createdAt.slice(0, 10))}
            </p>
          </blockquote>
        ) : (
          <Empty>No commentary has been written for this strand&rsquo;s metrics.</Empty>
        )}
      </Part>
      <Part title="Missing returns">
        {overdue.length === 0 ? (
          <Empty>Every figure owed for this strand&rsquo;s metrics has been returned.</Empty>
        ) : (
          <OverdueSummary items={overdue} />
        )}
      </Part>
    </Section>
  );
}
