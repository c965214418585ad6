import type { ProgrammeReturns } from '@outcomes/contract';
import { Link, useSearchParams } from 'react-router';

/** Links to the returns of the whole programme and of each strand, the shown one marked current. */
export function ScopeSwitcher({ returns, scope }: { returns: ProgrammeReturns; scope: string }) {
  const [search] = useSearchParams();
  const blocks = [returns.programme, ...returns.strands];
  const href = (id: string) => {
    const next = new URLSearchParams(search);
    if (id === 'programme') next.delete('scope');
    else next.set('scope', id);
    const text = next.toString();
    return text ? `?${text}` : '?';
  };
  return (
    <nav className="app-group-switcher" aria-label="Show returns for" data-testid="returns-scope">
      <span className="app-group-switcher__label" aria-hidden="true">
        Show:
      </span>
      <ul className="app-group-switcher__list">
        {blocks.map((b) => (
          <li key={b.id}>
            <Link
              className="govuk-link"
              to={href(b.id)}
              aria-current={b.id === scope ? 'page' : undefined}
              data-testid={`returns-scope-${b.id}`}
            >
              {b.id === 'programme' ? 'Whole programme' : b.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
