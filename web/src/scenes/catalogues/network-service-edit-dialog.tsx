import { Checkbox, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { NetworkService } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

/** A network admin renames, describes or (de)activates a service of the catalogue, in both languages. */
export function NetworkServiceEditDialog({
  service,
  onClose,
}: {
  service: NetworkService;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      nameNl: service.nameNl,
      nameEn: service.nameEn,
      descriptionNl: service.descriptionNl,
      descriptionEn: service.descriptionEn,
      isActive: service.isActive,
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.patch<NetworkService>(`/network-services/${service.key}`, { version: service.version, data: v }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['network-services'] });
      notifications.show({ color: 'green', message: t('common.saved') });
      onClose();
    },
    conflictKey: ['network-services'],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('catalogues.services.editTitle', { name: service.name })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('catalogues.nameNl')} required {...form.getInputProps('nameNl')} />
        <TextInput label={t('catalogues.nameEn')} required {...form.getInputProps('nameEn')} />
        <Textarea
          label={t('catalogues.descriptionNl')}
          autosize
          minRows={3}
          {...form.getInputProps('descriptionNl')}
        />
        <Textarea
          label={t('catalogues.descriptionEn')}
          autosize
          minRows={3}
          {...form.getInputProps('descriptionEn')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('catalogues.isActive')}
        description={t('catalogues.services.isActiveHelp')}
        {...form.getInputProps('isActive', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
