import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The "as of" date lives in the URL (`?asOf=YYYY-MM-DD`) so a view can be shared and every page
 * shows the same date. Absent means today, decided by the API.
 */
export function useAsOf(): {
  asOf: string | undefined;
  setAsOf: (next: string | undefined) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('asOf');
  const asOf = raw ? raw : undefined;

  const setAsOf = useCallback(
    (next: string | undefined) => {
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        if (next) params.set('asOf', next);
        else params.delete('asOf');
        return params;
      });
    },
    [setSearchParams],
  );

  return { asOf, setAsOf };
}

/** An internal link that keeps the as-of date. */
export function withAsOf(path: string, asOf: string | undefined): string {
  return asOf ? `${path}?${new URLSearchParams({ asOf }).toString()}` : path;
}
