import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CreatedUser, Locale } from '../../api/types';
import { applyServerErrors } from '../../components/forms';
import { type GrantDraft, grantToInput, RolesEditor, useGrantableOrganisations } from './roles-editor';

/** New user with a home organisation and roles; the server answers with a temporary password shown once. */
export function UserCreateDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CreatedUser) => void;
}) {
  const { t } = useTranslation();
  const organisations = useGrantableOrganisations();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<{
    email: string;
    displayName: string;
    organisationId: string | null;
    locale: Locale;
    roles: GrantDraft[];
  }>({
    initialValues: { email: '', displayName: '', organisationId: null, locale: 'nl-BE', roles: [] },
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    setBusy(true);
    try {
      const created = await api.post<CreatedUser>('/users', {
        email: values.email,
        displayName: values.displayName,
        organisationId: values.organisationId,
        locale: values.locale,
        roles: values.roles.map(grantToInput),
      });
      form.reset();
      onCreated(created);
    } catch (error) {
      setMessage(applyServerErrors(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('users.new')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('users.displayName')} required {...form.getInputProps('displayName')} />
            <TextInput label={t('users.email')} type="email" required {...form.getInputProps('email')} />
            <Select
              label={t('users.homeOrganisation')}
              searchable
              data={organisations}
              {...form.getInputProps('organisationId')}
              onChange={(id) => {
                form.setFieldValue('organisationId', id);
                const org = organisations.find((o) => o.value === id) ?? null;
                if (form.getValues().roles.length === 0 && org) {
                  form.setFieldValue('roles', [
                    { role: 'coach', organisation: org, employer: null, participant: null },
                  ]);
                }
              }}
            />
            <Select
              label={t('users.language')}
              allowDeselect={false}
              data={[
                { value: 'nl-BE', label: 'Nederlands' },
                { value: 'en', label: 'English' },
              ]}
              {...form.getInputProps('locale')}
            />
          </SimpleGrid>
          <Title order={3} size="h5">
            {t('users.roles')}
          </Title>
          <RolesEditor
            value={form.getValues().roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            errors={form.errors}
          />
          {form.errors.roles && (
            <Alert color="red" role="alert">
              {form.errors.roles}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
