import type { RagCounts as Counts } from '../lib/domain-types';
import { ragLabel, ragOrder } from '../lib/format';

/** How many metrics are at each RAG status, as words: "3 Green, 1 Amber". */
export function RagCounts({ counts }: { counts: Counts }) {
  const present = ragOrder.filter((rag) => counts[rag] > 0);
  if (present.length === 0) return <span className="app-secondary-text">No metrics</span>;
  return (
    <ul className="app-rag-list">
      {present.map((rag) => (
        <li key={rag} data-rag={rag} data-value={counts[rag]}>
          {counts[rag]} {ragLabel(rag)}
        </li>
      ))}
    </ul>
  );
}

export function ragCountsText(counts: Counts): string {
  return ragOrder
    .filter((rag) => counts[rag] > 0)
    .map((rag) => `${counts[rag]} ${ragLabel(rag)}`)
    .join('; ');
}
