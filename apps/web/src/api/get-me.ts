// The signed-in user (GET /api/me): their roles, to show only the controls they may use, and the
// CSRF token every write sends. The API decides; this only shapes the screen.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Me } from '@outcomes/contract';
import { ApiError, apiGet } from '../lib/api-client';

/** The key every part of the app shares, so signing in or out updates them all. */
export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user, or null when not signed in (the API answered 401). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiGet<Me>('/me', {}, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}

/**
 * A different person (or nobody) now uses this browser: forget every answer cached for the one
 * before, so nothing they saw lingers, and make `me` the user (null when signed out). The
 * observed ['me'] query is updated in place, not removed, so the AuthGate sees the change.
 */
export function switchUser(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  queryClient.setQueryData(ME_QUERY_KEY, me);
  // Other features' own views of /api/me (['me', ...]) fetch again.
  void queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === ME_QUERY_KEY[0] && query.queryKey.length > 1,
  });
}
