import { Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ServiceRequest, ServiceRequestStatus } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

type Next = Exclude<ServiceRequestStatus, 'requested'>;

/** Moves a service request on (in progress, done or cancelled) with the date it happened and a note. */
export function ServiceRequestStatusDialog({
  request,
  onClose,
}: {
  request: ServiceRequest;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const next = request.abilities.nextStatuses.filter((s): s is Next => s !== 'requested');
  const form = useForm<{ status: Next | null; date: string; note: string }>({
    initialValues: { status: next[0] ?? null, date: dayjs().format('YYYY-MM-DD'), note: request.note ?? '' },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<ServiceRequest>(`/service-requests/${request.id}/status`, {
        version: request.version,
        status: v.status ?? undefined,
        date: v.date,
        note: v.note,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['service-requests', request.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['service-requests'] });
      notifications.show({
        color: 'green',
        message: t('employerDesk.services.statusSaved', {
          status: t(`employerDesk.services.statuses.${saved.status}`),
        }),
      });
      onClose();
    },
    conflictKey: ['service-requests'],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('employerDesk.services.statusTitle', { service: request.service.name })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Radio.Group label={t('employerDesk.services.newStatus')} required {...form.getInputProps('status')}>
        <Stack gap="xs" mt="xs">
          {next.map((s) => (
            <Radio key={s} value={s} label={t(`employerDesk.services.statuses.${s}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput label={t('employerDesk.services.statusDate')} type="date" {...form.getInputProps('date')} />
      <Textarea
        label={t('employerDesk.services.note')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
