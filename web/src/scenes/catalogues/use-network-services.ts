import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { NetworkService } from '../../api/types';

/** The network's service catalogue with each service's providers (names in the UI language). */
export function useNetworkServices(includeInactive = false) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['network-services', { includeInactive, language: i18n.language }],
    queryFn: () =>
      api.get<{ items: NetworkService[] }>('/network-services', {
        includeInactive: includeInactive ? 'true' : null,
      }),
    staleTime: 60_000,
  });
}
