import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleConflict } from './conflict';
import { errorMessage } from './forms';

/**
 * Asks before an action that cannot be undone from the same screen (deleting a site, ending a joint action):
 * the question, Cancel and the action. A stale version (409 with the current record) reloads `conflictKey` and
 * closes; any other refusal is shown above the buttons.
 */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  confirmColor = 'red',
  onConfirm,
  conflictKey,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmColor?: string;
  onConfirm: () => Promise<unknown>;
  conflictKey?: QueryKey;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const close = () => {
    setMessage(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await onConfirm();
      close();
    } catch (error) {
      if (conflictKey && (await handleConflict(error, queryClient, conflictKey))) {
        close();
      } else {
        setMessage(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color={confirmColor} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
