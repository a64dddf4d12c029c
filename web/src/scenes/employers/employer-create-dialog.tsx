import { Alert, Anchor, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { EmployerDetail } from '../../api/types';
import { AccountManagerSelect } from '../../components/account-manager-select';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { OrganisationSelect } from '../../components/organisation-select';
import { EmployerFields, type EmployerValues, employerBody, employerValues } from './employer-fields';

interface Values extends EmployerValues {
  ownerOrganisationId: string | null;
  ownerUserId: string | null;
}

/** The employer a 409 on the enterprise number names: it is already in the register. */
function existingEmployer(error: unknown): { id: string; name: string } | null {
  if (error instanceof ApiError && error.status === 409) {
    const existing = error.body.existing as { id?: string; name?: string } | undefined;
    if (existing?.id) {
      return { id: existing.id, name: existing.name ?? '' };
    }
  }
  return null;
}

/**
 * Registers an employer in the shared register. The KBO number is checked by the server (the message lands on
 * the field); a number already registered links to that employer. The user's organisation becomes the account
 * owner; a network admin may choose the owner (or none).
 */
export function EmployerCreateDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (employer: EmployerDetail) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const isNetworkAdmin = me.roles.some((g) => g.role === 'network_admin');
  const [existing, setExisting] = useState<{ id: string; name: string } | null>(null);
  const form = useForm<Values>({
    initialValues: { ...employerValues(), ownerOrganisationId: null, ownerUserId: null },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<EmployerDetail>('/employers', {
        ...employerBody(v),
        ...(isNetworkAdmin && v.ownerOrganisationId
          ? { ownerOrganisationId: v.ownerOrganisationId, ownerUserId: v.ownerUserId }
          : {}),
      }),
    onSuccess: async (created) => {
      notifications.show({
        color: 'green',
        message: t('employerDesk.create.created', { name: created.name }),
      });
      await queryClient.invalidateQueries({ queryKey: ['employers'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      form.reset();
      setExisting(null);
      onCreated(created);
    },
    onRefused: (error) => {
      setExisting(existingEmployer(error));
      return false;
    },
  });
  const values = form.getValues();
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('employerDesk.create.title')}
      submitLabel={t('employerDesk.create.submit')}
      onSubmit={(event) => {
        setExisting(null);
        submit(event);
      }}
      busy={busy}
      message={message}
      size="xl"
    >
      {existing && (
        <Alert color="orange" role="alert" title={t('employerDesk.create.duplicateTitle')}>
          {t('employerDesk.create.duplicate')}{' '}
          <Anchor component={Link} to={`/employers/${existing.id}`} c="blue.9" underline="always">
            {t('employerDesk.create.openExisting', { name: existing.name })}
          </Anchor>
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {isNetworkAdmin ? t('employerDesk.create.introAdmin') : t('employerDesk.create.intro')}
      </Text>
      <EmployerFields form={form} />
      {isNetworkAdmin && (
        <>
          <OrganisationSelect
            label={t('employerDesk.owner.organisation')}
            description={t('employerDesk.create.ownerHelp')}
            clearable
            {...form.getInputProps('ownerOrganisationId')}
            onChange={(value) => {
              form.setFieldValue('ownerOrganisationId', value);
              form.setFieldValue('ownerUserId', null);
            }}
          />
          <AccountManagerSelect
            organisationId={values.ownerOrganisationId}
            label={t('employerDesk.owner.accountManager')}
            {...form.getInputProps('ownerUserId')}
          />
        </>
      )}
    </FormDialog>
  );
}
