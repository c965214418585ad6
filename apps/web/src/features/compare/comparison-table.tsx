// The ranked table of places: every number the funnel chart shows, and the ratios beside it.
import type { ComparisonDto, ComparisonPlaceDto } from '@outcomes/contract';
import { DataTable, type Column } from '../../components/data-table';
import { NoValue } from '../../components/no-value';
import { RagTag } from '../../components/rag-tag';
import { VariationIcon } from '../../components/spc-icons';
import { formatMoneyPence, formatNumber, formatPercent } from '../../lib/format';
import { funnelPositionLabel } from './funnel-labels';

const orNone = (value: number | null, format: (v: number) => string) =>
  value === null ? <NoValue /> : format(value);

export function comparisonColumns(polarity: 'lower' | 'higher'): Column<ComparisonPlaceDto>[] {
  return [
    {
      key: 'rank',
      header: 'Rank',
      numeric: true,
      value: (p) => p.ranks.achievement,
      render: (p) => orNone(p.ranks.achievement, String),
    },
    {
      key: 'place',
      header: 'Place',
      rowHeader: true,
      value: (p) => p.place,
      render: (p) => (
        <>
          {p.place}
          <span className="govuk-visually-hidden"> ({p.programmeName})</span>
        </>
      ),
    },
    {
      key: 'achievement',
      header: 'Achievement',
      numeric: true,
      value: (p) => p.achievement,
      render: (p) => orNone(p.achievement, formatPercent),
    },
    { key: 'rag', header: 'RAG', value: (p) => p.rag, render: (p) => <RagTag rag={p.rag} /> },
    {
      key: 'per10k',
      header: 'Demand avoided per 10,000 residents',
      numeric: true,
      value: (p) => p.demandAvoidedPer10k,
      render: (p) => orNone(p.demandAvoidedPer10k, formatNumber),
    },
    {
      key: 'perPound',
      header: 'Realised benefit per £ spent (strand)',
      numeric: true,
      value: (p) => p.benefitPerPound,
      render: (p) => orNone(p.benefitPerPound, formatMoneyPence),
    },
    {
      key: 'funnelValue',
      header: 'Rate per 10,000',
      numeric: true,
      value: (p) => p.funnel.value,
      render: (p) => orNone(p.funnel.value, formatNumber),
    },
    {
      key: 'limits95',
      header: '95% limits',
      numeric: true,
      value: (p) =>
        p.funnel.limits ? `${p.funnel.limits.lower95}–${p.funnel.limits.upper95}` : null,
      render: (p) =>
        p.funnel.limits ? (
          `${formatNumber(p.funnel.limits.lower95)} to ${formatNumber(p.funnel.limits.upper95)}`
        ) : (
          <NoValue />
        ),
    },
    {
      key: 'limits998',
      header: '99.8% limits',
      numeric: true,
      value: (p) =>
        p.funnel.limits ? `${p.funnel.limits.lower998}–${p.funnel.limits.upper998}` : null,
      render: (p) =>
        p.funnel.limits ? (
          `${formatNumber(p.funnel.limits.lower998)} to ${formatNumber(p.funnel.limits.upper998)}`
        ) : (
          <NoValue />
        ),
    },
    {
      key: 'position',
      header: 'Funnel position',
      value: (p) => p.funnel.position,
      render: (p) => funnelPositionLabel(p.funnel.position),
    },
    {
      key: 'variation',
      header: 'SPC variation',
      value: (p) => p.spcVariation,
      render: (p) =>
        p.spcVariation === null ? (
          <NoValue label="Too few points" />
        ) : (
          <VariationIcon variation={p.spcVariation} polarity={polarity} />
        ),
    },
  ];
}

export function ComparisonTable({
  comparison,
  polarity,
}: {
  comparison: ComparisonDto;
  polarity: 'lower' | 'higher';
}) {
  return (
    <DataTable
      caption={`${comparison.name} (${comparison.code}): places ranked by achievement`}
      columns={comparisonColumns(polarity)}
      rows={comparison.places}
      rowKey={(p) => p.programmeId}
      rowTestId={(p) => `compare-row-${p.programmeId}`}
    />
  );
}
