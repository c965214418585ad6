import { useEffect } from 'react';

export const SERVICE_NAME = 'Outcomes';

/** Sets the page title as "Page – Programme – Outcomes". */
export function useDocumentTitle(parts: readonly (string | undefined)[]): void {
  const title = [...parts.filter((part): part is string => Boolean(part)), SERVICE_NAME].join(
    ' – ',
  );
  useEffect(() => {
    document.title = title;
  }, [title]);
}
