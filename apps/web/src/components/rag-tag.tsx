import type { Rag } from '../lib/domain-types';
import { ragLabel } from '../lib/format';
import { Tag } from './tag';

interface RagTagProps {
  rag: Rag;
  testId?: string;
}

/**
 * RAG status as a tag: "Green", "Amber", "Red", "No data", "No target": the word, a shape and a
 * colour (app-rag in main.scss: Amber and Red differ at 3:1 or more).
 */
export function RagTag({ rag, testId }: RagTagProps) {
  return (
    <Tag className={`app-rag app-rag--${rag}`} data-testid={testId}>
      <span data-rag={rag}>{ragLabel(rag)}</span>
    </Tag>
  );
}
