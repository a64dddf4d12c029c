import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Referral } from '../../api/types';
import { useServerSubmit } from '../../components/form-dialog';

/**
 * One step on a referral from its dialog: POSTs (or PATCHes) with the version the user saw, stores the answer,
 * refreshes the lists, and closes. A stale version closes the dialog and reloads the referral.
 */
export function useReferralAction<V extends object>(
  form: UseFormReturnType<V>,
  referral: Referral,
  options: {
    path: string;
    method?: 'post' | 'patch';
    body: (values: V) => Record<string, unknown>;
    saved: string;
    onClose: () => void;
  },
) {
  const queryClient = useQueryClient();
  const key = ['referrals', referral.id];
  return useServerSubmit(form, {
    send: (values) => {
      const body = { version: referral.version, ...options.body(values) };
      const url = `/referrals/${referral.id}${options.path}`;
      return options.method === 'patch' ? api.patch<Referral>(url, body) : api.post<Referral>(url, body);
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
      await queryClient.invalidateQueries({ queryKey: ['participants'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      notifications.show({ color: 'green', message: options.saved });
      form.reset();
      options.onClose();
    },
    conflictKey: key,
    onConflict: options.onClose,
  });
}
