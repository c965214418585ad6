import { RagTag } from '../../../components/rag-tag';
import { formatDate, formatInteger } from '../../../lib/format';
import type { BoardPackData } from '../api/use-board-pack-data';
import { commentarySince, ragChanges, submissionsSince } from '../lib/board-pack-select';
import { PackTable } from './pack-table';
import { Empty, Part, Section } from './section';

export function DataAnnex({ data }: { data: BoardPackData }) {
  const changes = ragChanges(data);
  const submissions = submissionsSince(data);
  const stories = commentarySince(data);
  const period = `between ${formatDate(data.since)} and ${formatDate(data.asOf)}`;
  return (
    <Section flow id="data-annex" caption="Annex B" title="Data annex">
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
