import { Alert, Button, Group, type MantineSize, Modal, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleConflict } from './conflict';
import { applyServerErrors } from './forms';

/**
 * A dialog around one form: the server's message for errors that belong to no field above it, the fields, and
 * Cancel / submit at the bottom. Submitting with Enter works as in any form.
 */
export function FormDialog({
  opened,
  onClose,
  title,
  submitLabel,
  onSubmit,
  busy,
  message,
  size = 'md',
  submitColor,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  busy: boolean;
  message: ReactNode;
  size?: MantineSize;
  submitColor?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const alert = useRef<HTMLDivElement>(null);
  // In a long form the submit button is far below the message: bring the message into view.
  useEffect(() => {
    if (message) {
      alert.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }, [message]);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {message && (
            <Alert color="red" role="alert" ref={alert}>
              {message}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={submitColor}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Submits a dialog's form to the server: on success `onSuccess` runs; a stale version (409 with the current
 * record) is reported and `conflictKey` reloaded, then `onConflict` runs (dialogs close, so the user sees what
 * is stored now); any other refusal puts the server's translated messages on the fields (`fieldMap` renames
 * request paths to form paths), the rest above the form.
 */
export function useServerSubmit<V extends object, R>(
  form: UseFormReturnType<V>,
  options: {
    send: (values: V) => Promise<R>;
    onSuccess: (result: R) => void | Promise<void>;
    conflictKey?: QueryKey;
    onConflict?: () => void;
    fieldMap?: Record<string, string>;
    /** Lets a dialog act on a refusal itself (a possible duplicate); return true when handled. */
    onRefused?: (error: unknown) => boolean;
  },
) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<ReactNode>(null);
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    setBusy(true);
    try {
      const result = await options.send(values);
      await options.onSuccess(result);
    } catch (error) {
      if (options.conflictKey && (await handleConflict(error, queryClient, options.conflictKey))) {
        options.onConflict?.();
      } else if (!options.onRefused?.(error)) {
        setMessage(applyServerErrors(form, error, options.fieldMap));
      }
    } finally {
      setBusy(false);
    }
  });
  return { submit, message, setMessage, busy };
}
