// A programme's public transparency page (issue 20): readable without signing in; headline
// figures only, counts under the threshold suppressed by the API, and the open-data CSV.
import type { PublicMetricDto, PublicStrandDto } from '@outcomes/contract';
import { useParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { IllustrativeBanner } from '../../components/illustrative-banner';
import { Loading } from '../../components/loading';
import { NoValue } from '../../components/no-value';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { RagTag } from '../../components/rag-tag';
import { Story } from '../../components/story';
import { apiUrl } from '../../lib/api-client';
import { formatMoney, formatPercent } from '../../lib/format';
import { usePublicPage } from './public-page-query';

function StrandSection({ strand, threshold }: { strand: PublicStrandDto; threshold: number }) {
  return (
    <section className="govuk-!-margin-bottom-8" aria-label={strand.name}>
      <h3 className="govuk-heading-s">{strand.name}</h3>
      <DataTable<PublicMetricDto>
        caption={`${strand.name}: measures and the latest year of returns (counts under ${threshold} are not shown)`}
        captionSize="s"
        columns={[
          { key: 'name', header: 'Measure', rowHeader: true, render: (m) => m.name },
          { key: 'rag', header: 'RAG', render: (m) => <RagTag rag={m.rag} /> },
          {
            key: 'achievement',
            header: 'Achievement',
            numeric: true,
            value: (m) => m.achievement,
            render: (m) => (m.achievement === null ? <NoValue /> : formatPercent(m.achievement)),
          },
          {
            key: 'recent',
            header: 'Latest returns',
            render: (m) =>
              m.recent.length === 0 ? (
                <NoValue />
              ) : (
                m.recent.map((r) => `${r.label}: ${r.count.display}`).join('; ')
              ),
          },
          {
            key: 'total',
            header: 'Their total',
            numeric: true,
            value: (m) => m.recentTotal?.value ?? null,
            render: (m) =>
              m.recentTotal === null ? <NoValue label="Not added up" /> : m.recentTotal.display,
          },
        ]}
        rows={strand.metrics}
        rowKey={(m) => m.name}
      />
      {strand.metrics
        .filter((m) => m.story !== null)
        .map((m) => (
          <div key={m.name} data-testid={`public-story-${m.name}`}>
            <h4 className="govuk-heading-s govuk-!-margin-bottom-1">
              {m.name}: the story behind {m.story!.label}
            </h4>
            <Story story={m.story!} />
          </div>
        ))}
    </section>
  );
}

export function PublicProgrammePage() {
  const { slug = '' } = useParams();
  const page = usePublicPage(slug);
  if (page.isPending) {
    return (
      <Page title={['Public page']}>
        <Loading what="the public page" />
      </Page>
    );
  }
  if (page.isError) {
    return (
      <Page title={['Public page']}>
        <PageError error={page.error} notFoundTitle="No public page here" />
      </Page>
    );
  }
  const p = page.data;
  return (
    <Page title={[p.name, 'Public page']}>
      {p.illustrative ? <IllustrativeBanner /> : null}
      <span className="govuk-caption-l">{p.place}</span>
      <h1 className="govuk-heading-l">{p.name}</h1>
      {p.description ? <p className="govuk-body">{p.description}</p> : null}
      <p className="govuk-body">
        Headline figures as of {p.asOf}, published by the partnership. Counts under{' '}
        {p.suppressionThreshold} are shown as “fewer than {p.suppressionThreshold}”, and another
        count is hidden where a total would give one away. The only commentary published here is
        what its writers chose to make public, without their names; no personal data is published.
      </p>
      <DataTable
        caption="The programme and its strands"
        columns={[
          {
            key: 'name',
            header: 'Strand',
            rowHeader: true,
            render: (s: PublicStrandDto) => s.name,
          },
          { key: 'rag', header: 'RAG', render: (s: PublicStrandDto) => <RagTag rag={s.rag} /> },
          {
            key: 'achievement',
            header: 'Achievement',
            numeric: true,
            render: (s: PublicStrandDto) =>
              s.achievement === null ? <NoValue /> : formatPercent(s.achievement),
          },
          {
            key: 'benefit',
            header: 'Realised benefit to date',
            numeric: true,
            value: (s: PublicStrandDto) => s.realisedBenefitToDate,
            render: (s: PublicStrandDto) => formatMoney(s.realisedBenefitToDate),
          },
          {
            key: 'cost',
            header: 'Costs to date',
            numeric: true,
            value: (s: PublicStrandDto) => s.costToDate,
            render: (s: PublicStrandDto) => formatMoney(s.costToDate),
          },
        ]}
        rows={[
          ...p.strands,
          {
            name: 'Whole programme',
            rag: p.totals.rag,
            achievement: p.totals.achievement,
            realisedBenefitToDate: p.totals.realisedBenefitToDate,
            costToDate: p.totals.costToDate,
            metrics: [],
          },
        ]}
        rowKey={(s) => s.name}
        rowTestId={(s) => `public-strand-${s.name}`}
      />
      <p className="app-download">
        <a
          className="govuk-link"
          href={apiUrl(`/public/${encodeURIComponent(p.slug)}/headline.csv`)}
          download
          data-testid="public-csv"
        >
          Download the headline figures (open data, CSV)
        </a>
      </p>
      <h2 className="govuk-heading-m">Measures</h2>
      {p.strands.map((s) => (
        <StrandSection key={s.name} strand={s} threshold={p.suppressionThreshold} />
      ))}
    </Page>
  );
}
