import type { MouseEvent } from 'react';

/** Skips to the page's <main>; moves focus itself so the router's URL stays clean. */
export function SkipLink() {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById('main-content');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={handleClick}>
      Skip to main content
    </a>
  );
}
