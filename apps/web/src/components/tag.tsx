import type { ReactNode } from 'react';

export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

interface TagProps {
  colour?: TagColour;
  children: ReactNode;
  className?: string;
  'data-testid'?: string;
}

/** GOV.UK tag. Its text always carries the meaning; the colour only repeats it. */
export function Tag({ colour, children, className, ...rest }: TagProps) {
  const classes = ['govuk-tag', colour ? `govuk-tag--${colour}` : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <strong className={classes} {...rest}>
      {children}
    </strong>
  );
}
