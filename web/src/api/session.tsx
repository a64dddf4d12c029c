/**
 * The signed-in user (GET /api/me) as shared state: null when signed out. Login and logout update it and
 * reset every cached query, so nothing of one user's data is shown to the next.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setUiLocale } from '../i18n';
import { ApiError, api, setCsrfToken } from './client';
import type { Me } from './types';

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The current user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** The current user where a signed-in user is guaranteed (inside the shell). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) {
    throw new Error('useCurrentUser outside a signed-in page');
  }
  return data;
}

/** Whether the signed-in user may use a permission (route-level; the server decides each record). */
export function useCan(): (permission: string) => boolean {
  const { data } = useMe();
  return (permission) => data?.permissions.includes(permission) ?? false;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string; totp?: string }) =>
      api.post<Me>('/auth/login', input),
    onSuccess: async (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, me);
      await setUiLocale(me.locale);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}
