import { MultiSelect, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { NetworkService } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { useActiveOrganisations } from '../../components/organisation-select';

/** A network admin sets which organisations offer a service (they can be asked to carry out a request). */
export function NetworkServiceProvidersDialog({
  service,
  onClose,
}: {
  service: NetworkService;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useActiveOrganisations();
  const form = useForm({ initialValues: { organisationIds: service.providers.map((p) => p.id) } });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.put<NetworkService>(`/network-services/${service.key}/providers`, {
        version: service.version,
        organisationIds: v.organisationIds,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['network-services'] });
      notifications.show({ color: 'green', message: t('catalogues.services.providersSaved') });
      onClose();
    },
    conflictKey: ['network-services'],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('catalogues.services.providersTitle', { name: service.name })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Text size="sm">{t('catalogues.services.providersHelp')}</Text>
      <MultiSelect
        label={t('catalogues.services.providers')}
        searchable
        clearable
        data={organisations.data ?? []}
        nothingFoundMessage={t('common.nothingFound')}
        {...form.getInputProps('organisationIds')}
      />
    </FormDialog>
  );
}
