import { Alert, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Participant } from '../../api/types';
import { CoachSelect } from '../../components/coach-select';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { OrganisationSelect } from '../../components/organisation-select';

interface Values {
  organisationId: string | null;
  coachUserId: string | null;
  reason: string;
}

/**
 * Hand the participant over to another coach and/or organisation. The previous coach keeps read access for 30
 * days (the dialog says so), and the coach history keeps every assignment.
 */
export function CoachChangeDialog({
  participant,
  opened,
  onClose,
}: {
  participant: Participant;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['participants', participant.id];
  const form = useForm<Values>({
    initialValues: {
      organisationId: participant.organisation?.id ?? null,
      coachUserId: participant.coach?.id ?? null,
      reason: '',
    },
  });
  const values = form.getValues();
  const isMoving = values.organisationId !== (participant.organisation?.id ?? null);
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Participant>(`/participants/${participant.id}/coach`, {
        version: participant.version,
        coachUserId: v.coachUserId,
        organisationId: v.organisationId !== participant.organisation?.id ? v.organisationId : undefined,
        reason: v.reason,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['participants'], exact: false });
      notifications.show({ color: 'green', message: t('coaches.changed') });
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('coaches.changeTitle')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Text size="sm">{t('coaches.changeIntro')}</Text>
      <Alert color="blue" icon={<IconInfoCircle size={18} />}>
        {t('coaches.formerCoachAccess')}
      </Alert>
      <OrganisationSelect
        label={t('coaches.newOrganisation')}
        {...form.getInputProps('organisationId')}
        onChange={(id) => {
          form.setFieldValue('organisationId', id);
          form.setFieldValue('coachUserId', null);
        }}
      />
      {isMoving && (
        <Alert color="orange" role="status">
          {t('coaches.moveWarning')}
        </Alert>
      )}
      <CoachSelect
        organisationId={values.organisationId}
        label={t('coaches.newCoach')}
        description={t('coaches.newCoachHelp')}
        emptyMessage={t('coaches.noCoaches')}
        current={participant.coach}
        {...form.getInputProps('coachUserId')}
      />
      <Textarea
        label={t('coaches.changeReason')}
        description={t('coaches.changeReasonHelp')}
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
