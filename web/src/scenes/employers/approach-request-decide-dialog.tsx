import { Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApproachDecision, ApproachRequest } from '../../api/types';
import { AccountManagerSelect } from '../../components/account-manager-select';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { formatDate } from '../../components/format';

type Decision = ApproachDecision['decision'];
const DECISIONS: Decision[] = ['accept', 'decline', 'take_over'];

/**
 * The account owner decides on an approach request: accept (the requester joins in a joint action), decline
 * (with a reason the requester reads) or let the requester take the account over (one of its account managers
 * becomes the point of contact; the owner keeps a joint action).
 */
export function ApproachRequestDecideDialog({
  request,
  onClose,
}: {
  request: ApproachRequest;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ decision: Decision; reason: string; ownerUserId: string | null }>({
    initialValues: { decision: 'accept', reason: '', ownerUserId: null },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<ApproachRequest>(`/approach-requests/${request.id}/decision`, {
        version: request.version,
        decision: v.decision,
        reason: v.reason,
        ...(v.decision === 'take_over' && v.ownerUserId ? { ownerUserId: v.ownerUserId } : {}),
      }),
    onSuccess: async (decided) => {
      queryClient.setQueryData(['approach-requests', request.id], decided);
      await queryClient.invalidateQueries({ queryKey: ['approach-requests'] });
      await queryClient.invalidateQueries({ queryKey: ['employers', request.employer.id] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      notifications.show({
        color: 'green',
        message: t(`employerDesk.approaches.decided.${decided.status}`, {
          organisation: request.requestingOrganisation.name,
        }),
      });
      onClose();
    },
    conflictKey: ['approach-requests'],
    onConflict: onClose,
  });
  const decision = form.getValues().decision;
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('employerDesk.approaches.decideTitle', { name: request.employer.name })}
      submitLabel={t(`employerDesk.approaches.decisions.${decision}`)}
      submitColor={decision === 'decline' ? 'red' : undefined}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Paper withBorder p="sm">
        <Text size="sm" fw={600}>
          {t('employerDesk.approaches.fromLine', {
            organisation: request.requestingOrganisation.name,
            name: request.requestedBy.name,
            date: formatDate(request.createdAt),
          })}
        </Text>
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
          {request.motivation}
        </Text>
      </Paper>
      <Radio.Group label={t('employerDesk.approaches.decision')} required {...form.getInputProps('decision')}>
        <Stack gap="xs" mt="xs">
          {DECISIONS.map((d) => (
            <Radio
              key={d}
              value={d}
              label={t(`employerDesk.approaches.decisions.${d}`)}
              description={t(`employerDesk.approaches.decisionHelp.${d}`, {
                organisation: request.requestingOrganisation.name,
              })}
            />
          ))}
        </Stack>
      </Radio.Group>
      {decision === 'take_over' && (
        <AccountManagerSelect
          organisationId={request.requestingOrganisation.id}
          label={t('employerDesk.approaches.newAccountManager')}
          description={t('employerDesk.approaches.newAccountManagerHelp', { name: request.requestedBy.name })}
          {...form.getInputProps('ownerUserId')}
        />
      )}
      <Textarea
        label={t('employerDesk.approaches.reason')}
        description={decision === 'decline' ? t('employerDesk.approaches.reasonRequired') : undefined}
        required={decision === 'decline'}
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
