import { Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EmployerDetail, ServiceRequest } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { useNetworkServices } from '../catalogues/use-network-services';

/** Registers a service from the network's catalogue for the employer, carried out by one of its providers. */
export function ServiceRequestCreateDialog({
  employer,
  onClose,
}: {
  employer: EmployerDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const services = useNetworkServices();
  const form = useForm<{
    serviceKey: string | null;
    handlingOrganisationId: string | null;
    requestedOn: string;
    note: string;
  }>({
    initialValues: {
      serviceKey: null,
      handlingOrganisationId: null,
      requestedOn: dayjs().format('YYYY-MM-DD'),
      note: '',
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<ServiceRequest>(`/employers/${employer.id}/service-requests`, {
        serviceKey: v.serviceKey ?? undefined,
        handlingOrganisationId: v.handlingOrganisationId ?? undefined,
        requestedOn: v.requestedOn,
        note: v.note,
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['service-requests'] });
      notifications.show({
        color: 'green',
        message: t('employerDesk.services.created', {
          service: created.service.name,
          organisation: created.handlingOrganisation.name,
        }),
      });
      onClose();
    },
  });
  const values = form.getValues();
  const service = services.data?.items.find((s) => s.key === values.serviceKey);
  const hasNoProviders = !!service && service.providers.length === 0;
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('employerDesk.services.request')}
      submitLabel={t('employerDesk.services.request')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Select
        label={t('employerDesk.services.service')}
        required
        searchable
        data={(services.data?.items ?? []).map((s) => ({ value: s.key, label: s.name }))}
        {...form.getInputProps('serviceKey')}
        onChange={(value) => {
          form.setFieldValue('serviceKey', value);
          const chosen = services.data?.items.find((s) => s.key === value);
          form.setFieldValue(
            'handlingOrganisationId',
            chosen?.providers.length === 1 ? (chosen.providers[0]?.id ?? null) : null,
          );
        }}
      />
      {service && (
        <Text size="sm" c="dimmed">
          {service.description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('employerDesk.services.handlingOrganisation')}
          description={
            hasNoProviders ? t('employerDesk.services.noProviders') : t('employerDesk.services.handlingHelp')
          }
          required
          data={(service?.providers ?? []).map((o) => ({ value: o.id, label: o.name }))}
          disabled={!service || hasNoProviders}
          {...form.getInputProps('handlingOrganisationId')}
        />
        <TextInput
          label={t('employerDesk.services.requestedOn')}
          type="date"
          required
          {...form.getInputProps('requestedOn')}
        />
      </SimpleGrid>
      <Textarea
        label={t('employerDesk.services.note')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
