import { Link } from 'react-router';
import { financePaths, type FinanceSection } from '../lib/finance-paths';

const SECTIONS: readonly { section: FinanceSection; text: string }[] = [
  { section: 'ledger', text: 'Benefits ledger' },
  { section: 'returns', text: 'Costs and returns' },
  { section: 'equity', text: 'Partner equity' },
  { section: 'reinvestment', text: 'Reinvestment pot' },
  { section: 'unit-costs', text: 'Unit costs' },
  { section: 'scenarios', text: 'Scenarios' },
  { section: 'uncertainty', text: 'Uncertainty' },
];

/** The finance view's own navigation, the current page marked for assistive technology too. */
export function FinanceNav({
  programmeId,
  current,
  asOf,
}: {
  programmeId: string;
  current: FinanceSection | null;
  asOf: string | undefined;
}) {
  return (
    <nav className="app-subnav" aria-label="Finance" data-testid="finance-nav">
      <ul className="app-subnav__list">
        {SECTIONS.map(({ section, text }) => (
          <li
            key={section}
            className={`app-subnav__item${section === current ? ' app-subnav__item--current' : ''}`}
          >
            <Link
              className="govuk-link app-subnav__link"
              to={financePaths.section(programmeId, section, asOf)}
              aria-current={section === current ? 'page' : undefined}
              data-testid={`finance-nav-${section}`}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
