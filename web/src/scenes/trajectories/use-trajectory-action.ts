import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useServerSubmit } from '../../components/form-dialog';

/** Today as the API's date ('YYYY-MM-DD', the browser's day). */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** The cache key of one trajectory (its detail; sessions, budget, plan and internship hang under it). */
export const trajectoryKey = (id: string) => ['trajectories', id] as const;

/**
 * One change on a trajectory from its dialog: sends it (with the version the user saw, in `send`), refreshes the
 * trajectory and the lists, says so and closes. A stale version closes the dialog and reloads what is stored.
 */
export function useTrajectoryAction<V extends object, R>(
  form: UseFormReturnType<V>,
  trajectoryId: string,
  options: {
    send: (values: V) => Promise<R>;
    saved: string;
    onClose: () => void;
    fieldMap?: Record<string, string>;
  },
) {
  const queryClient = useQueryClient();
  const key = trajectoryKey(trajectoryId);
  return useServerSubmit(form, {
    send: options.send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: ['trajectories'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      notifications.show({ color: 'green', message: options.saved });
      form.reset();
      options.onClose();
    },
    conflictKey: key,
    onConflict: options.onClose,
    fieldMap: options.fieldMap,
  });
}
