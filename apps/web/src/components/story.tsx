// A "story behind the curve" (Results-Based Accountability's four questions) as a description
// list: the sponsor's commentary on the metric page and the stories marked public on the public page.
import { Fragment } from 'react';

export interface StoryParts {
  whatHappened: string;
  whatHelps: string | null;
  whatHurts: string | null;
  whatNext: string | null;
}

export function Story({ story }: { story: StoryParts }) {
  const parts = [
    ['What happened', story.whatHappened],
    ['What helps', story.whatHelps],
    ['What hurts', story.whatHurts],
    ['What next', story.whatNext],
  ] as const;
  return (
    <dl className="app-story">
      {parts
        .filter(([, text]) => text !== null)
        .map(([label, text]) => (
          <Fragment key={label}>
            <dt className="app-story__label">{label}</dt>
            <dd className="app-story__text">{text}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
