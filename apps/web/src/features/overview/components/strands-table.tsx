import type { ProgrammeDetail, StrandSummary } from '@outcomes/contract';
import { Link } from 'react-router';
import { CsvDownloadLink, type CsvData } from '../../../components/csv-download-link';
import { DataTable, type Column } from '../../../components/data-table';
import { Achievement, Money } from '../../../components/figures';
import { RagCounts, ragCountsText } from '../../../components/rag-counts';
import { RagTag } from '../../../components/rag-tag';
import { formatDate, ragLabel } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { withAsOf } from '../../../lib/use-as-of';

interface StrandsTableProps {
  programme: ProgrammeDetail;
  strands: readonly StrandSummary[];
  asOf: string;
  /** The URL's as-of date, kept in links. */
  linkAsOf: string | undefined;
}

export function StrandsTable({ programme, strands, asOf, linkAsOf }: StrandsTableProps) {
  const partnerName = (id: string) => programme.partners.find((p) => p.id === id)?.name ?? id;

  const columns: Column<StrandSummary>[] = [
    {
      key: 'name',
      header: 'Strand',
      rowHeader: true,
      value: (s) => s.id,
      render: (s) => (
        <Link className="govuk-link" to={withAsOf(paths.strand(programme.id, s.id), linkAsOf)}>
          {s.name}
        </Link>
      ),
    },
    {
      key: 'sponsor',
      header: 'Sponsor',
      value: (s) => s.sponsorPartnerId,
      render: (s) => partnerName(s.sponsorPartnerId),
    },
    { key: 'rag', header: 'RAG', value: (s) => s.rag, render: (s) => <RagTag rag={s.rag} /> },
    {
      key: 'achievement',
      header: 'Achievement',
      numeric: true,
      value: (s) => s.achievement,
      render: (s) => <Achievement value={s.achievement} />,
    },
    {
      key: 'forecastBenefitToDate',
      header: 'Forecast benefit to date',
      numeric: true,
      value: (s) => s.forecastBenefitToDate,
      render: (s) => <Money value={s.forecastBenefitToDate} />,
    },
    {
      key: 'realisedBenefitToDate',
      header: 'Realised benefit to date',
      numeric: true,
      value: (s) => s.realisedBenefitToDate,
      render: (s) => <Money value={s.realisedBenefitToDate} />,
    },
    {
      key: 'costToDate',
      header: 'Cost to date',
      numeric: true,
      value: (s) => s.costToDate,
      render: (s) => <Money value={s.costToDate} />,
    },
    {
      key: 'metricRag',
      header: 'Metrics by RAG',
      render: (s) => <RagCounts counts={s.metricRag} />,
    },
  ];

  const csv: CsvData = {
    filename: `${programme.id}-strands-${asOf}.csv`,
    header: [
      'Strand id',
      'Strand',
      'Sponsor',
      'RAG',
      'Achievement',
      'Forecast benefit to date (£)',
      'Realised benefit to date (£)',
      'Realised cashable benefit to date (£)',
      'Cost to date (£)',
      'Forecast benefit, whole business case (£)',
      'Metrics by RAG',
    ],
    rows: strands.map((s) => [
      s.id,
      s.name,
      partnerName(s.sponsorPartnerId),
      ragLabel(s.rag),
      s.achievement,
      s.forecastBenefitToDate,
      s.realisedBenefitToDate,
      s.realisedCashableToDate,
      s.costToDate,
      s.forecastBenefitWholeCase,
      ragCountsText(s.metricRag),
    ]),
  };

  return (
    <>
      <DataTable
        caption={`Strands: status and benefit to ${formatDate(asOf)}`}
        captionSize="s"
        columns={columns}
        rows={strands}
        rowKey={(s) => s.id}
        rowTestId={(s) => `strand-row-${s.id}`}
        empty="This programme has no strands."
      />
      <CsvDownloadLink csv={csv} description="strands table" testId="strands-csv" />
    </>
  );
}
