// The query options of one programme read: GET /api/programmes/:id/<resource>?<params>, keyed
// ['programmes', id, <resource…>, params] with every parameter in the key (absent ones as null, so
// "today" and a date are different entries). Invalidating ['programmes', id] after a write reaches
// every read of the programme.
import { queryOptions } from '@tanstack/react-query';
import { apiGet, type QueryParams } from './api-client';

export function programmeReadQuery<T>(
  programmeId: string,
  resource: readonly string[],
  params: QueryParams = {},
) {
  const keyParams = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, value ?? null]),
  );
  const path = [programmeId, ...resource].map(encodeURIComponent).join('/');
  return queryOptions({
    queryKey: ['programmes', programmeId, ...resource, keyParams],
    queryFn: ({ signal }) => apiGet<T>(`/programmes/${path}`, params, signal),
  });
}
