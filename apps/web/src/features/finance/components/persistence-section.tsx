// The business case with each metric's lag, persistence and drop-off (issue 18; the GMCA CBA
// model's profile) on the returns page: value realised within the programme's years and after
// them, shown apart, and NPV and ROI with persistence beside the business case's own. Tables
// only, every number from the API's /returns answer (the web app computes no money).
import type { MetricPersistence, PersistenceBlock } from '@outcomes/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatMoney, formatPercent } from '../../../lib/format';
import { formatRatio } from '../lib/finance-format';

type Year = PersistenceBlock['years'][number];

/** "Lag 1 year, lasts 3 years, drop-off 20% a year". */
function profileText(p: MetricPersistence['profile']): string {
  const years = (n: number) => `${n} year${n === 1 ? '' : 's'}`;
  return `Lag ${years(p.lagYears)}, lasts ${years(p.persistenceYears)}, drop-off ${formatPercent(p.dropOffRate)} a year`;
}

interface Row {
  key: string;
  name: string;
  profile: string;
  source: string | null;
  firstYearValue: number;
  withinProgramme: number;
  afterProgramme: number;
  presentValue: number;
}

export function PersistenceSection({
  persistence,
  asOf,
}: {
  persistence: PersistenceBlock;
  asOf: string;
}) {
  const { programme, lastProgrammeYear } = persistence;
  const rows: Row[] = [
    ...persistence.metrics.map((m) => ({
      key: m.metricId,
      name: m.name,
      profile: profileText(m.profile),
      source: m.profile.source,
      firstYearValue: m.firstYearValue,
      withinProgramme: m.withinProgramme,
      afterProgramme: m.afterProgramme,
      presentValue: m.presentValue,
    })),
    {
      key: 'programme',
      name: 'Whole programme (every metric)',
      profile: 'Each metric’s own; none is the year achieved only',
      source: null,
      firstYearValue: programme.firstYearValue,
      withinProgramme: programme.withinProgramme,
      afterProgramme: programme.afterProgramme,
      presentValue: programme.presentValue,
    },
  ];
  const money = (key: keyof Row & string, header: string): Column<Row> => ({
    key,
    header,
    numeric: true,
    value: (r) => r[key] as number,
    render: (r) => formatMoney(r[key] as number),
  });
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Metric', rowHeader: true, value: (r) => r.name, render: (r) => r.name },
    {
      key: 'profile',
      header: 'Profile',
      value: (r) => r.profile,
      render: (r) => (
        <>
          {r.profile}
          {r.source === null ? null : (
            <>
              <br />
              <span className="govuk-body-s">Source: {r.source}</span>
            </>
          )}
        </>
      ),
    },
    money('firstYearValue', 'Value in the years achieved'),
    money('withinProgramme', `Realised within the programme (to ${lastProgrammeYear})`),
    money('afterProgramme', `Realised after the programme (after ${lastProgrammeYear})`),
    money('presentValue', 'Present value with persistence'),
  ];
  const yearColumns: Column<Year>[] = [
    {
      key: 'financialYear',
      header: 'Financial year',
      rowHeader: true,
      nowrap: true,
      value: (y) => y.financialYear,
      render: (y) => y.financialYear,
    },
    {
      key: 'period',
      header: 'Within or after the programme',
      value: (y) => (y.afterProgramme ? 'after' : 'within'),
      render: (y) => (y.afterProgramme ? <strong>After the programme</strong> : 'Within'),
    },
    {
      key: 'benefitAsAchieved',
      header: 'Forecast benefit in the years achieved',
      numeric: true,
      value: (y) => y.benefitAsAchieved,
      render: (y) => formatMoney(y.benefitAsAchieved),
    },
    {
      key: 'benefitWithPersistence',
      header: 'Forecast benefit with persistence',
      numeric: true,
      value: (y) => y.benefitWithPersistence,
      render: (y) => formatMoney(y.benefitWithPersistence),
    },
  ];
  const ratio = (v: number | null) => (v === null ? <NoValue label="No cost" /> : formatRatio(v));
  return (
    <section aria-labelledby="persistence-heading" data-testid="persistence">
      <h2 className="govuk-heading-m" id="persistence-heading">
        With persistence
      </h2>
      <p className="govuk-body">
        Every other figure counts an outcome&rsquo;s value once, in the year it is achieved. A
        metric with a persistence profile keeps some of that value in later years: it starts after
        its lag, lasts the years stated and loses its drop-off share each further year (the GMCA
        cost-benefit model&rsquo;s profile). Value realised after the programme&rsquo;s last year,{' '}
        {lastProgrammeYear}, is shown apart. The business case above is unchanged.
      </p>
      {persistence.metrics.length === 0 ? (
        <p className="govuk-body" data-testid="persistence-none">
          No metric of this programme has a persistence profile, so its value counts in the year it
          is achieved only and the figures with persistence are the business case&rsquo;s own.
        </p>
      ) : null}
      <DataTable
        caption={`With persistence: business case value within and after the programme, as of ${formatDate(asOf)}`}
        captionSize="s"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        rowTestId={(r) => `persistence-row-${r.key}`}
      />
      <dl className="govuk-summary-list" data-testid="persistence-returns">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Net present value, business case</dt>
          <dd className="govuk-summary-list__value">
            {formatMoney(programme.netPresentValueWithoutPersistence)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Net present value with persistence</dt>
          <dd className="govuk-summary-list__value" data-testid="persistence-npv">
            {formatMoney(programme.netPresentValue)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">
            Return on investment with persistence, present values
          </dt>
          <dd className="govuk-summary-list__value">
            {ratio(programme.discountedReturnOnInvestment)}
          </dd>
        </div>
      </dl>
      <DataTable
        caption="With persistence: forecast benefit by financial year, whole programme"
        captionSize="s"
        columns={yearColumns}
        rows={persistence.years}
        rowKey={(y) => y.financialYear}
        rowTestId={(y) => `persistence-year-${y.financialYear}`}
      />
    </section>
  );
}
