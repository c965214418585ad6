import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** After figures are stored, every view of the programme's figures is out of date. */
export function useRefreshFigures(programmeId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === 'programmes' &&
          query.queryKey[1] === programmeId &&
          query.queryKey.length > 2,
      }),
    [queryClient, programmeId],
  );
}
