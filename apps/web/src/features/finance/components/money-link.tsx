import { Link } from 'react-router';
import { NoValue } from '../../../components/no-value';
import { formatMoney } from '../../../lib/format';

interface MoneyLinkProps {
  value: number | null | undefined;
  /** The lines page (or cost rows page) that explains the figure. */
  to: string;
  /** What the figure is, for screen readers: "realised benefit to date, Safer Communities". */
  describe: string;
  testId?: string;
}

/**
 * A £ figure as the API gave it, linking to the lines behind it. The visible text is the amount;
 * the link's accessible name also says which figure it explains.
 */
export function MoneyLink({ value, to, describe, testId }: MoneyLinkProps) {
  if (value === null || value === undefined) return <NoValue />;
  return (
    <Link className="govuk-link app-money-link" to={to} data-testid={testId} data-value={value}>
      {formatMoney(value)}
      <span className="govuk-visually-hidden">: see the lines behind {describe}</span>
    </Link>
  );
}
