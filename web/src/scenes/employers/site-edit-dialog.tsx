import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EmployerSite } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { MunicipalitySelect } from '../../components/municipality-select';

/** Adds a site to the employer (`site` null) or edits one, with the version it was read at. */
export function SiteEditDialog({
  employerId,
  site,
  opened,
  onClose,
}: {
  employerId: string;
  site: EmployerSite | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['employers', employerId];
  const form = useForm({
    initialValues: {
      name: site?.name ?? '',
      street: site?.street ?? '',
      postcode: site?.postcode ?? '',
      municipalityNis: site?.municipality?.nisCode ?? null,
      isMain: site?.isMain ?? false,
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      site
        ? api.patch<EmployerSite>(`/employers/${employerId}/sites/${site.id}`, {
            version: site.version,
            data: { ...v, ...(site.isMain && { isMain: undefined }) },
          })
        : api.post<EmployerSite>(`/employers/${employerId}/sites`, v),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      notifications.show({ color: 'green', message: t('employerDesk.sites.saved') });
      form.reset();
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  const title = site ? t('employerDesk.sites.editTitle', { name: site.name }) : t('employerDesk.sites.add');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={title}
      submitLabel={site ? t('common.save') : t('employerDesk.sites.add')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <TextInput
        label={t('employerDesk.sites.name')}
        description={t('employerDesk.sites.nameHelp')}
        required
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('employerDesk.fields.street')} {...form.getInputProps('street')} />
        <TextInput
          label={t('employerDesk.fields.postcode')}
          description={t('employerDesk.fields.postcodeHelp')}
          {...form.getInputProps('postcode')}
        />
        <MunicipalitySelect label={t('employers.municipality')} {...form.getInputProps('municipalityNis')} />
      </SimpleGrid>
      <Checkbox
        label={t('employerDesk.sites.isMain')}
        description={site?.isMain ? t('employerDesk.sites.isMainKept') : t('employerDesk.sites.isMainHelp')}
        disabled={site?.isMain}
        {...form.getInputProps('isMain', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
