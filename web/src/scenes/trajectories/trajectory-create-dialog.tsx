import { Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Participant, Trajectory } from '../../api/types';
import { CoachSelect } from '../../components/coach-select';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { todayIso } from './use-trajectory-action';
import { useTrajectoryTypes } from './use-trajectory-types';

/**
 * Open a trajectory for a participant the organisation holds: its type (the phases and terms follow from it),
 * start date and coach.
 */
export function TrajectoryCreateDialog({
  participant,
  opened,
  onClose,
  onCreated,
}: {
  participant: Participant;
  opened: boolean;
  onClose: () => void;
  onCreated: (created: Trajectory) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const types = useTrajectoryTypes();
  const form = useForm<{ typeId: string | null; startedOn: string; coachUserId: string | null }>({
    initialValues: { typeId: null, startedOn: todayIso(), coachUserId: participant.coach?.id ?? null },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Trajectory>('/trajectories', {
        participantId: participant.id,
        typeId: v.typeId ?? undefined,
        startedOn: v.startedOn,
        ...(v.coachUserId && { coachUserId: v.coachUserId }),
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['trajectories'] });
      await queryClient.invalidateQueries({ queryKey: ['participants', participant.id] });
      notifications.show({ color: 'green', message: t('trajectories.create.saved') });
      onCreated(created);
    },
  });
  const type = types.data?.items.find((ty) => ty.id === form.getValues().typeId);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.create.title')}
      submitLabel={t('trajectories.create.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Select
        label={t('trajectories.type')}
        required
        data={(types.data?.items ?? []).map((ty) => ({ value: ty.id, label: ty.name }))}
        {...form.getInputProps('typeId')}
      />
      {type && (
        <Text size="sm" c="dimmed">
          {t('trajectories.create.phases', {
            phases: type.phases.map((p) => p.name).join(' → '),
            days: type.totalTermDays,
          })}
        </Text>
      )}
      <TextInput
        label={t('trajectories.startedOn')}
        type="date"
        required
        {...form.getInputProps('startedOn')}
      />
      <CoachSelect
        organisationId={participant.organisation?.id ?? null}
        label={t('trajectories.coach')}
        emptyMessage={t('trajectories.create.noCoaches')}
        current={participant.coach}
        {...form.getInputProps('coachUserId')}
      />
    </FormDialog>
  );
}
