import { Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { ApproachRequest, EmployerDetail } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

const DESK_ROLES = ['org_admin', 'account_manager'];

/**
 * Asks the employer's account owner for leave to approach it, with the reason why. The owner accepts (a joint
 * action), declines with a reason, or lets the requesting organisation take the account over.
 */
export function ApproachRequestCreateDialog({
  employer,
  onClose,
}: {
  employer: EmployerDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const organisations = [
    ...new Map(
      me.roles
        .filter((g) => DESK_ROLES.includes(g.role) && g.organisation)
        .map((g) => [g.organisation!.id, g.organisation!]),
    ).values(),
  ];
  const form = useForm<{ motivation: string; organisationId: string | null }>({
    initialValues: { motivation: '', organisationId: null },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<ApproachRequest>(`/employers/${employer.id}/approach-requests`, {
        motivation: v.motivation,
        organisationId: v.organisationId ?? undefined,
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['employers', employer.id] });
      await queryClient.invalidateQueries({ queryKey: ['approach-requests'] });
      notifications.show({
        color: 'green',
        message: t('employerDesk.approaches.filed', {
          organisation: created.ownerOrganisation?.name ?? '',
        }),
      });
      onClose();
    },
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('employerDesk.approaches.requestTitle', { name: employer.name })}
      submitLabel={t('employerDesk.approaches.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Text size="sm">
        {t('employerDesk.approaches.requestHelp', {
          organisation: employer.owner?.organisation.name ?? '',
          name: employer.owner?.accountManager?.name ?? employer.owner?.organisation.name ?? '',
        })}
      </Text>
      {organisations.length > 1 && (
        <Select
          label={t('employerDesk.approaches.forOrganisation')}
          clearable
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('organisationId')}
        />
      )}
      <Textarea
        label={t('employerDesk.approaches.motivation')}
        description={t('employerDesk.approaches.motivationHelp')}
        required
        autosize
        minRows={4}
        maxRows={12}
        {...form.getInputProps('motivation')}
      />
    </FormDialog>
  );
}
