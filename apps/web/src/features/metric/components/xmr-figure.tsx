import type { CommentaryEntry, MetricSeries, Spc } from '@outcomes/contract';
import { useId, useMemo, useState } from 'react';
import { CsvDownloadLink } from '../../../components/csv-download-link';
import { Collapsible } from '../../../components/collapsible';
import { DataTable, type Column } from '../../../components/data-table';
import { CheckboxField } from '../../../components/form-fields';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatNumber } from '../../../lib/format';
import { ruleLabel, signalLabel } from '../../../lib/spc-labels';
import { numberCommentary, xmrRows, type XmrChartRow } from '../lib/xmr-rows';
import { LazyXmrChart } from './lazy-xmr-chart';
import { XmrLegend } from './xmr-legend';
import { XmrPointMarker } from './xmr-markers';

function Level({ value }: { value: number | null }) {
  return value === null ? <NoValue /> : <>{formatNumber(value)}</>;
}

function excerpt(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface XmrFigureProps {
  series: MetricSeries;
  spc: Spc;
  commentary: readonly CommentaryEntry[];
}

/** The XmR chart as a figure: key, the 2-sigma switch, chart, the same numbers as a table, CSV. */
export function XmrFigure({ series, spc, commentary }: XmrFigureProps) {
  const [showTwoSigma, setShowTwoSigma] = useState(false);
  const checkboxId = useId();
  const { metric } = series;
  const numbers = useMemo(() => numberCommentary(commentary), [commentary]);
  const rows = useMemo(() => xmrRows(series, spc, numbers), [series, spc, numbers]);
  const commentOf = new Map(commentary.map((e) => [e.periodStart, e]));
  const rebaseAt = new Map(spc.groups.slice(1).map((g) => [g.from, g.rebaseReason]));
  const first = spc.points[0];
  const last = spc.points[spc.points.length - 1];
  const caption = `${metric.name}: XmR chart${first && last ? `, ${first.label} to ${last.label}` : ''}`;
  const direction = metric.polarity === 'lower' ? 'Lower is better' : 'Higher is better';
  // A cumulative metric is charted as what each period added to the running total.
  const increments = spc.measure === 'increments';
  const valueHeader = increments ? 'Increment' : 'Actual';

  const columns: Column<XmrChartRow>[] = [
    {
      key: 'label',
      header: 'Period',
      rowHeader: true,
      nowrap: true,
      value: (r) => r.periodStart,
      render: (r) => (
        <>
          {r.label}
          {rebaseAt.has(r.periodStart) ? (
            <strong className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
              Rebase: {rebaseAt.get(r.periodStart)}
            </strong>
          ) : null}
        </>
      ),
    },
    {
      key: 'actual',
      header: valueHeader,
      numeric: true,
      value: (r) => r.actual,
      render: (r) => <Level value={r.actual} />,
    },
    ...(increments
      ? []
      : [
          {
            key: 'forecast',
            header: 'Forecast',
            numeric: true,
            value: (r: XmrChartRow) => r.forecast,
            render: (r: XmrChartRow) => <Level value={r.forecast} />,
          },
        ]),
    {
      key: 'mean',
      header: 'Mean',
      numeric: true,
      value: (r) => r.mean,
      render: (r) => <Level value={r.mean} />,
    },
    {
      key: 'lowerLimit',
      header: 'Lower limit',
      numeric: true,
      value: (r) => r.lowerLimit,
      render: (r) => <Level value={r.lowerLimit} />,
    },
    {
      key: 'upperLimit',
      header: 'Upper limit',
      numeric: true,
      value: (r) => r.upperLimit,
      render: (r) => <Level value={r.upperLimit} />,
    },
    ...(showTwoSigma
      ? [
          {
            key: 'lowerTwoSigma',
            header: 'Lower 2-sigma',
            numeric: true,
            value: (r: XmrChartRow) => r.lowerTwoSigma,
            render: (r: XmrChartRow) => <Level value={r.lowerTwoSigma} />,
          },
          {
            key: 'upperTwoSigma',
            header: 'Upper 2-sigma',
            numeric: true,
            value: (r: XmrChartRow) => r.upperTwoSigma,
            render: (r: XmrChartRow) => <Level value={r.upperTwoSigma} />,
          },
        ]
      : []),
    {
      key: 'rule',
      header: 'Rule',
      value: (r) => r.rule,
      render: (r) =>
        r.rule ? (
          ruleLabel(r.rule, spc.runLength)
        ) : (
          <NoValue label={r.actual === null ? 'No actual' : 'None'} />
        ),
    },
    {
      key: 'signal',
      header: 'Signal',
      value: (r) => r.signal,
      render: (r) =>
        r.signal ? (
          <span className="app-nowrap">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <XmrPointMarker kind={r.signal} cx={8} cy={9} />
            </svg>{' '}
            {signalLabel(r.signal)}
          </span>
        ) : r.actual === null ? (
          <NoValue label="No actual" />
        ) : (
          'Common cause'
        ),
    },
    {
      key: 'comment',
      header: 'Commentary',
      value: (r) => r.comment,
      render: (r) => {
        const entry = commentOf.get(r.periodStart);
        return entry && r.comment !== null ? (
          <span data-testid={`xmr-comment-${r.periodStart}`}>
            <strong className="app-comment-number">{r.comment}</strong>{' '}
            {excerpt(entry.current.whatHappened)}
          </span>
        ) : (
          <NoValue label="No commentary" />
        );
      },
    },
  ];

  return (
    <figure className="app-figure" data-testid="xmr-figure">
      <figcaption className="app-figure__caption">{caption}</figcaption>
      <p className="app-figure__description">
        {increments
          ? `A running total, charted as what each period added to it (a running total only rises, so its own limits would say nothing). `
          : ''}
        Unit: {metric.unit}
        {increments ? ' added in the period' : ''}. {direction}. Figures as of{' '}
        {formatDate(series.asOf)}. Points outside the process limits, or in a run, trend or near a
        limit, are special causes; the rest is ordinary (common-cause) variation. The same numbers
        are in the table below the chart.
      </p>
      <CheckboxField
        id={checkboxId}
        name="showTwoSigma"
        label="Show the 2-sigma lines"
        checked={showTwoSigma}
        onChange={setShowTwoSigma}
        small
        testId="xmr-two-sigma"
      />
      <XmrLegend
        showTwoSigma={showTwoSigma}
        hasRebase={spc.groups.length > 1}
        hasCommentary={numbers.size > 0}
      />
      <LazyXmrChart
        rows={rows}
        groups={spc.groups}
        showTwoSigma={showTwoSigma}
        title={`XmR chart: ${caption}. The numbers are in the table that follows.`}
        formatY={formatNumber}
      />
      <Collapsible summary="The chart’s numbers as a table" testId="xmr-figure-table">
        <DataTable
          caption={`${metric.name}: the XmR chart's numbers by period`}
          captionSize="s"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.periodStart}
          rowTestId={(r) => `xmr-row-${r.periodStart}`}
        />
      </Collapsible>
      <CsvDownloadLink
        csv={{
          filename: `${series.programmeId}-${metric.id}-xmr-${series.asOf}.csv`,
          header: [
            'Period start',
            'Period',
            `${valueHeader} (${metric.unit})`,
            `Forecast (${metric.unit})`,
            'Mean',
            'Lower process limit',
            'Upper process limit',
            'Lower 2-sigma',
            'Upper 2-sigma',
            'Rule',
            'Signal',
            'Rebase',
            'Commentary number',
            'What happened',
          ],
          rows: rows.map((r) => [
            r.periodStart,
            r.label,
            r.actual,
            r.forecast,
            r.mean,
            r.lowerLimit,
            r.upperLimit,
            r.lowerTwoSigma,
            r.upperTwoSigma,
            r.rule,
            r.signal,
            rebaseAt.get(r.periodStart) ?? null,
            r.comment,
            commentOf.get(r.periodStart)?.current.whatHappened ?? null,
          ]),
        }}
        description={`${metric.name} XmR chart`}
        testId="xmr-figure-csv"
      />
    </figure>
  );
}
