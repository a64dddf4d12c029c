import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ProposalDetail, ProposalTransition } from '../../api/types';
import { useServerSubmit } from '../../components/form-dialog';

/**
 * One step on a proposal from its dialog: POSTs the transition with the version the user saw, stores the
 * answer, refreshes lists and matching (a decline keeps the pair out of it), and closes. A stale version closes
 * the dialog and reloads the proposal.
 */
export function useProposalAction<V extends object>(
  form: UseFormReturnType<V>,
  proposal: Pick<ProposalDetail, 'id' | 'version'>,
  options: {
    body: (values: V) => Omit<ProposalTransition, 'version'>;
    saved: string;
    onClose: () => void;
  },
) {
  const queryClient = useQueryClient();
  const key = ['proposals', proposal.id];
  return useServerSubmit(form, {
    send: (values) =>
      api.post<ProposalDetail>(`/proposals/${proposal.id}/transition`, {
        version: proposal.version,
        ...options.body(values),
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
      await queryClient.invalidateQueries({ queryKey: ['matching'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      notifications.show({ color: 'green', message: options.saved });
      form.reset();
      options.onClose();
    },
    conflictKey: key,
    onConflict: options.onClose,
  });
}
