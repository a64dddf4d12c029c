import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { EmployerDetail } from '../../api/types';
import { AccountManagerSelect } from '../../components/account-manager-select';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { OrganisationSelect } from '../../components/organisation-select';

/**
 * Hands the employer's account to an organisation and one of its account managers, or takes an account nobody
 * holds yet (`isClaim`: the user's own organisation, and the user when they are its account manager). When the
 * organisation changes, the previous owner keeps a joint action (the server does that).
 */
export function OwnerAssignDialog({
  employer,
  isClaim,
  opened,
  onClose,
}: {
  employer: EmployerDetail;
  isClaim: boolean;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const key = ['employers', employer.id];
  const myDesk = me.roles.find((g) => g.role === 'account_manager' && g.organisation)?.organisation ?? null;
  const initialOrganisation =
    employer.owner?.organisation.id ?? myDesk?.id ?? me.homeOrganisation?.id ?? null;
  const isMine = (organisationId: string | null) =>
    me.roles.some((g) => g.role === 'account_manager' && g.organisation?.id === organisationId);
  const form = useForm<{ ownerOrganisationId: string | null; ownerUserId: string | null }>({
    initialValues: {
      ownerOrganisationId: initialOrganisation,
      ownerUserId: employer.owner?.accountManager?.id ?? (isMine(initialOrganisation) ? me.id : null),
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.put<EmployerDetail>(`/employers/${employer.id}/owner`, {
        version: employer.version,
        ownerOrganisationId: v.ownerOrganisationId ?? undefined,
        ownerUserId: v.ownerUserId ?? undefined,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['employers'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      notifications.show({
        color: 'green',
        message: t('employerDesk.owner.assigned', {
          organisation: saved.owner?.organisation.name ?? '',
          name: saved.owner?.accountManager?.name ?? '',
        }),
      });
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  const values = form.getValues();
  const title = isClaim ? t('employerDesk.owner.claim') : t('employerDesk.owner.assign');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={title}
      submitLabel={title}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">
        {isClaim ? t('employerDesk.owner.claimHelp') : t('employerDesk.owner.assignHelp')}
      </Text>
      <OrganisationSelect
        label={t('employerDesk.owner.organisation')}
        required
        {...form.getInputProps('ownerOrganisationId')}
        onChange={(value) => {
          form.setFieldValue('ownerOrganisationId', value);
          form.setFieldValue('ownerUserId', isMine(value) ? me.id : null);
        }}
      />
      <AccountManagerSelect
        organisationId={values.ownerOrganisationId}
        label={t('employerDesk.owner.accountManager')}
        description={t('employerDesk.owner.accountManagerHelp')}
        required
        {...form.getInputProps('ownerUserId')}
      />
    </FormDialog>
  );
}
