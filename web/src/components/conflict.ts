import { notifications } from '@mantine/notifications';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/**
 * A stale-version update (409 with the current record) is never overwritten: the user is told, and the form is
 * reloaded with what is now stored. Returns true when the error was such a conflict.
 */
export async function handleConflict(
  error: unknown,
  queryClient: QueryClient,
  key: QueryKey,
): Promise<boolean> {
  if (error instanceof ApiError && error.status === 409 && error.current !== undefined) {
    notifications.show({ color: 'orange', title: error.message, message: '', autoClose: 10_000 });
    await queryClient.invalidateQueries({ queryKey: key });
    return true;
  }
  return false;
}
