import type { Rag } from '../lib/domain-types';
import { ragLabel } from '../lib/format';
import { Tag, type TagColour } from './tag';

const ragColours: Record<Rag, TagColour> = {
  green: 'green',
  amber: 'orange',
  red: 'red',
  'no-data': 'grey',
  'no-target': 'purple',
};

interface RagTagProps {
  rag: Rag;
  testId?: string;
}

/** RAG status as a tag: "Green", "Amber", "Red", "No data", "No target" (text plus colour). */
export function RagTag({ rag, testId }: RagTagProps) {
  return (
    <Tag colour={ragColours[rag]} className="app-nowrap" data-testid={testId}>
      <span data-rag={rag}>{ragLabel(rag)}</span>
    </Tag>
  );
}
