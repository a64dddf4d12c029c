import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { TrajectoryType } from '../../api/types';

/** The network's trajectory types (active ones, or all for the admin page). */
export function useTrajectoryTypes(includeInactive = false) {
  return useQuery({
    queryKey: ['trajectory-types', { includeInactive }],
    queryFn: () => api.get<{ items: TrajectoryType[] }>('/trajectory-types', { includeInactive }),
    staleTime: 60_000,
  });
}
