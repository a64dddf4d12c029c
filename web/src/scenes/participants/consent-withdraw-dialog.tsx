import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Consent } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

/** Withdraw a consent (with the version it was read at); it stops applying everywhere at once. */
export function ConsentWithdrawDialog({
  participantId,
  consent,
  onClose,
}: {
  participantId: string;
  consent: Consent | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['participants', participantId, 'consents'];
  const form = useForm({ initialValues: { note: '' } });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Consent>(`/participants/${participantId}/consents/${consent?.id}/withdraw`, {
        version: consent?.version,
        note: v.note,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('consents.withdrawnDone') });
      await queryClient.invalidateQueries({ queryKey: ['participants', participantId] });
      await queryClient.invalidateQueries({ queryKey: ['participants'], exact: false });
      form.reset();
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened={consent !== null}
      onClose={onClose}
      title={t('consents.withdrawTitle')}
      submitLabel={t('consents.withdraw')}
      submitColor="red"
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      {consent && (
        <Text size="sm">
          {t('consents.withdrawIntro', { purpose: t(`consents.purposes.${consent.purpose}`) })}
        </Text>
      )}
      <Textarea label={t('consents.withdrawNote')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
