// The sections of the board pack. Each h2 starts a printed page and is one bookmark of the PDF's
// outline; nothing below an h2 is a heading, so the outline is one entry per section and strand.
import type { BoardMetric, StrandDetail } from '@outcomes/contract';
import type { ReactNode } from 'react';
import { Achievement, Money } from '../../../components/figures';
import { AchievementCard, MoneyCard, RagCard } from '../../../components/headline-cards';
import { NoValue } from '../../../components/no-value';
import { RagTag } from '../../../components/rag-tag';
import { Sparkline } from '../../../components/sparkline';
import { AssuranceIcon, VariationIcon } from '../../../components/spc-icons';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import {
  formatDate,
  formatInteger,
  formatNumber,
  formatPercent,
  formatRate,
} from '../../../lib/format';
import type { BoardPackData } from '../api/use-board-pack-data';
import { PackTable } from './pack-table';
import {
  commentarySince,
  latestStrandCommentary,
  metricsOfStrand,
  overdueReturns,
  ragChanges,
  submissionsSince,
  type OverdueReturn,
} from '../lib/board-pack-select';

const MAX_LISTED = 12;

function Section({
  id,
  caption,
  title,
  children,
  testId,
}: {
  id: string;
  /** Above the heading; also keeps the heading from being the section's first child, which
   *  Chromium's PDF outline otherwise titles twice ("SummarySummary"). */
  caption: string;
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section
      className="app-board-pack__section"
      aria-labelledby={`${id}-heading`}
      data-testid={testId ?? id}
    >
      <p className="app-caption app-board-pack__caption">{caption}</p>
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  // Not a heading: a bold lead-in, so the PDF outline holds sections and strands only.
  return (
    <div className="app-board-pack__part">
      <p className="govuk-body govuk-!-font-weight-bold app-board-pack__part-title">{title}</p>
      {children}
    </div>
  );
}

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

function Empty({ children }: { children: ReactNode }) {
  return <p className="govuk-body">{children}</p>;
}

function valueWithUnit(value: number | null | undefined, unit: string): ReactNode {
  if (value === null || value === undefined) return <NoValue />;
  return `${formatNumber(value)} ${unit}`;
}

export function Cover({ data }: { data: BoardPackData }) {
  const { programme } = data;
  return (
    <section className="app-board-pack__cover" aria-labelledby="cover-heading" data-testid="cover">
      <p className="app-caption">
        {programme.name} · {programme.place}
      </p>
      <h1 className="govuk-heading-xl" id="cover-heading">
        Board pack: {programme.name}
      </h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Programme</dt>
          <dd className="govuk-summary-list__value">{programme.name}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Place</dt>
          <dd className="govuk-summary-list__value">{programme.place}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Meeting date (figures as of)</dt>
          <dd
            className="govuk-summary-list__value"
            data-testid="pack-meeting-date"
            data-value={data.asOf}
          >
            {formatDate(data.asOf)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Changes since (previous meeting)</dt>
          <dd
            className="govuk-summary-list__value"
            data-testid="pack-since"
            data-value={data.since}
          >
            {formatDate(data.since)}
          </dd>
        </div>
      </dl>
      {programme.illustrative ? (
        <div className="govuk-warning-text" data-testid="pack-illustrative">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Illustrative: the figures in this pack are invented for demonstration and do not
            describe any real service, place or person.
          </strong>
        </div>
      ) : null}
      <nav aria-label="Contents of the board pack" className="app-board-pack__contents">
        <p className="govuk-body govuk-!-font-weight-bold">Contents</p>
        <ol className="govuk-list govuk-list--number">
          <li>
            <a className="govuk-link" href="#summary-heading">
              Summary
            </a>
          </li>
          {data.strands.map((s) => (
            <li key={s.strand.id}>
              <a className="govuk-link" href={`#strand-${s.strand.id}-heading`}>
                {s.strand.name}
              </a>
            </li>
          ))}
          <li>
            <a className="govuk-link" href="#exceptions-heading">
              Exceptions
            </a>
          </li>
          <li>
            <a className="govuk-link" href="#finance-annex-heading">
              Finance annex
            </a>
          </li>
          <li>
            <a className="govuk-link" href="#data-annex-heading">
              Data annex
            </a>
          </li>
        </ol>
      </nav>
    </section>
  );
}

export function SummarySection({ data }: { data: BoardPackData }) {
  const { totals, strands } = data.summary;
  return (
    <Section id="summary" caption="The programme at a glance" title="Summary">
      <KeyFigures>
        <MoneyCard field="realisedBenefitToDate" value={totals.realisedBenefitToDate} />
        <MoneyCard field="forecastBenefitToDate" value={totals.forecastBenefitToDate} />
        <AchievementCard
          value={totals.achievement}
          hint="Realised as a share of forecast benefit, over the periods ended with a return"
        />
        <RagCard rag={totals.rag} thresholds={data.programme.ragThresholds} />
        <MoneyCard field="costToDate" value={totals.costToDate} />
        <MoneyCard
          field="netBenefitToDate"
          value={totals.netBenefitToDate}
          hint="Realised benefit less cost to date, over the same periods"
        />
        <SummaryCard
          label="Reinvestment pot"
          value={data.reinvestment.totalPot}
          testId="headline-reinvestmentPot"
          hint={`${formatRate(data.reinvestment.reinvestmentShare)} of realised cashable benefit`}
        >
          <Money value={data.reinvestment.totalPot} />
        </SummaryCard>
        <SummaryCard
          label="Missing returns"
          value={totals.missingReturns}
          testId="headline-missingReturns"
        >
          {formatInteger(totals.missingReturns)}
        </SummaryCard>
      </KeyFigures>
      <table className="govuk-table app-board-pack__table" data-testid="pack-strands">
        <caption className="govuk-table__caption govuk-table__caption--s">Strands by RAG</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Strand
            </th>
            <th scope="col" className="govuk-table__header">
              RAG
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Achievement
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Realised benefit
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Forecast benefit
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Cost to date
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {strands.map((s) => (
            <tr className="govuk-table__row" key={s.id} data-testid={`pack-strand-row-${s.id}`}>
              <th scope="row" className="govuk-table__header">
                {s.name}
              </th>
              <td className="govuk-table__cell" data-column="rag" data-value={s.rag}>
                <RagTag rag={s.rag} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Achievement value={s.achievement} />
              </td>
              <td
                className="govuk-table__cell govuk-table__cell--numeric"
                data-column="realisedBenefitToDate"
                data-value={s.realisedBenefitToDate}
              >
                <Money value={s.realisedBenefitToDate} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Money value={s.forecastBenefitToDate} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Money value={s.costToDate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

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

function OverdueList({ items }: { items: readonly OverdueReturn[] }) {
  const shown = items.slice(0, MAX_LISTED);
  return (
    <>
      <ul className="govuk-list govuk-list--bullet">
        {shown.map((r) => (
          <li key={`${r.metricId}-${r.periodStart}`}>
            {r.metricName}: {r.periodLabel} ({r.partnerName})
          </li>
        ))}
      </ul>
      {items.length > shown.length ? (
        <p className="govuk-body">and {formatInteger(items.length - shown.length)} more.</p>
      ) : null}
    </>
  );
}

export function StrandSection({ data, detail }: { data: BoardPackData; detail: StrandDetail }) {
  const { strand, summary } = detail;
  const board = metricsOfStrand(data, strand.id);
  const story = latestStrandCommentary(board);
  const metricIds = new Set(detail.metrics.map((m) => m.id));
  const overdue = overdueReturns(data).filter((r) => metricIds.has(r.metricId));
  const sponsor = data.programme.partners.find((p) => p.id === strand.sponsorPartnerId);
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
          <OverdueList items={overdue} />
        )}
      </Part>
    </Section>
  );
}

function BoardMetricTable({
  metrics,
  caption,
  testId,
}: {
  metrics: readonly BoardMetric[];
  caption: string;
  testId: string;
}) {
  return (
    <table className="govuk-table app-board-pack__table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Metric
          </th>
          <th scope="col" className="govuk-table__header">
            Strand
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Latest
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Forecast
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Achievement
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {metrics.map((m) => (
          <tr className="govuk-table__row" key={m.id}>
            <th scope="row" className="govuk-table__header">
              {m.name}
            </th>
            <td className="govuk-table__cell">{m.strandName}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {valueWithUnit(m.latestActual?.value, m.unit)}
              {m.latestActual ? (
                <span className="app-board-pack__hint">{m.latestActual.label}</span>
              ) : null}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {valueWithUnit(m.forecast, m.unit)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Achievement value={m.achievement} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExceptionsSection({ data }: { data: BoardPackData }) {
  const red = data.board.metrics.filter((m) => m.rag === 'red');
  const concern = data.board.metrics.filter((m) => m.variation === 'special-cause-concern');
  const overdue = overdueReturns(data);
  return (
    <Section id="exceptions" caption="For the board's attention" title="Exceptions">
      <p className="govuk-body" data-testid="exceptions-explained">
        Exceptions are what needs the board&rsquo;s attention: metrics rated red, metrics whose
        statistical process control shows special-cause variation of concern, and returns overdue.
      </p>
      <Part title={`Red metrics (${formatInteger(red.length)})`}>
        {red.length === 0 ? (
          <Empty>No metric is red.</Empty>
        ) : (
          <BoardMetricTable metrics={red} caption="Metrics rated red" testId="pack-red-metrics" />
        )}
      </Part>
      <Part title={`Special causes of concern (${formatInteger(concern.length)})`}>
        {concern.length === 0 ? (
          <Empty>No metric shows special-cause variation of concern.</Empty>
        ) : (
          <BoardMetricTable
            metrics={concern}
            caption="Metrics whose latest point is a special cause of concern"
            testId="pack-concern-metrics"
          />
        )}
      </Part>
      <Part title={`Overdue returns (${formatInteger(overdue.length)})`}>
        {overdue.length === 0 ? (
          <Empty>No return is overdue.</Empty>
        ) : (
          <PackTable
            testId="pack-overdue"
            caption="Overdue returns by partner"
            columns={[
              { header: 'Partner', cell: (p) => p.partnerName },
              {
                header: 'Figures overdue',
                numeric: true,
                cell: (p) => formatInteger(p.overdue.length),
              },
              {
                header: 'Oldest',
                cell: (p) =>
                  p.overdue[0] ? `${p.overdue[0].metricName}: ${p.overdue[0].periodLabel}` : null,
              },
            ]}
            rows={data.returnsDue.partners.filter((p) => p.overdue.length > 0)}
            rowKey={(p) => p.partnerId}
          />
        )}
      </Part>
    </Section>
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

export function DataAnnex({ data }: { data: BoardPackData }) {
  const changes = ragChanges(data);
  const submissions = submissionsSince(data);
  const stories = commentarySince(data);
  const period = `between ${formatDate(data.since)} and ${formatDate(data.asOf)}`;
  return (
    <Section id="data-annex" caption="Annex B" title="Data annex">
      <p className="govuk-body">
        What changed since the previous meeting ({formatDate(data.since)}): the figures as they were
        known then against the figures now.
      </p>
      <Part title={`RAG changes (${formatInteger(changes.length)})`}>
        {changes.length === 0 ? (
          <Empty>No RAG rating changed {period}.</Empty>
        ) : (
          <PackTable
            testId="pack-rag-changes"
            caption={`RAG ratings that changed ${period}`}
            columns={[
              { header: 'What', cell: (c) => `${c.kind}: ${c.name}` },
              { header: 'Then', cell: (c) => <RagTag rag={c.before} /> },
              { header: 'Now', cell: (c) => <RagTag rag={c.after} /> },
            ]}
            rows={changes}
            rowKey={(c) => `${c.kind}-${c.id}`}
          />
        )}
      </Part>
      <Part title={`Figures returned or revised (${formatInteger(submissions.length)})`}>
        {submissions.length === 0 ? (
          <Empty>No partner returned or revised a figure {period}.</Empty>
        ) : (
          <PackTable
            testId="pack-revisions"
            caption={`Submissions ${period}`}
            columns={[
              { header: 'When', cell: (s) => formatDate(s.createdAt.slice(0, 10)) },
              { header: 'By', cell: (s) => s.submittedBy.label },
              { header: 'Partner', cell: (s) => s.partnerName ?? '—' },
              { header: 'New figures', numeric: true, cell: (s) => formatInteger(s.created) },
              { header: 'Revised', numeric: true, cell: (s) => formatInteger(s.revised) },
            ]}
            rows={submissions}
            rowKey={(s) => String(s.id)}
          />
        )}
      </Part>
      <Part title={`New commentary (${formatInteger(stories.length)})`}>
        {stories.length === 0 ? (
          <Empty>No new commentary {period}.</Empty>
        ) : (
          <ul className="govuk-list" data-testid="pack-new-commentary">
            {stories.map((m) =>
              m.latestCommentary ? (
                <li key={m.id}>
                  <strong>
                    {m.name}, {m.latestCommentary.label}
                  </strong>{' '}
                  ({m.latestCommentary.authorName}): {m.latestCommentary.excerpt}
                </li>
              ) : null,
            )}
          </ul>
        )}
      </Part>
    </Section>
  );
}
