import { Link } from 'react-router';

export interface Crumb {
  text: string;
  to: string;
}

/** GOV.UK breadcrumbs: the pages above this one (the current page is the h1). */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  if (items.length === 0) return null;
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb" data-testid="breadcrumbs">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li key={item.to} className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={item.to}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
