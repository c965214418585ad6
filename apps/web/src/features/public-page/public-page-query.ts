import { useQuery } from '@tanstack/react-query';
import type { PublicPageDto } from '@outcomes/contract';
import { apiGet } from '../../lib/api-client';

/** A programme's public page: answered without signing in. */
export function usePublicPage(slug: string) {
  return useQuery({
    queryKey: ['public', slug],
    queryFn: ({ signal }) =>
      apiGet<PublicPageDto>(`/public/${encodeURIComponent(slug)}`, {}, signal),
  });
}
