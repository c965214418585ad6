import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

interface PageProps {
  /** Title parts, most specific first; " – Outcomes" is added. */
  title: readonly (string | undefined)[];
  breadcrumbs?: readonly Crumb[];
  children: ReactNode;
}

/** Breadcrumbs, then the page's single `<main>` landmark (the skip link's target). */
export function Page({ title, breadcrumbs = [], children }: PageProps) {
  useDocumentTitle(title);
  return (
    <>
      <Breadcrumbs items={breadcrumbs} />
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
