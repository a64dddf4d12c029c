import { Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Trajectory, TrajectoryPhase } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { formatDate } from '../../components/format';
import { useTrajectoryAction } from './use-trajectory-action';

/** Extend a phase's term to a later date, with the reason (recorded and shown under the phase). */
export function PhaseExtendDialog({
  trajectory,
  phase,
  opened,
  onClose,
}: {
  trajectory: Trajectory;
  phase: TrajectoryPhase;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const suggested = dayjs(phase.plannedEndOn ?? undefined)
    .add(1, 'month')
    .format('YYYY-MM-DD');
  const form = useForm({ initialValues: { plannedEndOn: suggested, reason: '' } });
  const { submit, message, busy } = useTrajectoryAction(form, trajectory.id, {
    send: (v) =>
      api.post(`/trajectories/${trajectory.id}/phases/${phase.id}/extensions`, {
        version: phase.version,
        plannedEndOn: v.plannedEndOn,
        reason: v.reason,
      }),
    saved: t('trajectories.extendDialog.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.extendDialog.title', { phase: phase.name })}
      submitLabel={t('trajectories.extendDialog.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">
        {t('trajectories.extendDialog.current', { date: formatDate(phase.plannedEndOn) })}
      </Text>
      <TextInput
        label={t('trajectories.extendDialog.newEnd')}
        type="date"
        required
        {...form.getInputProps('plannedEndOn')}
      />
      <Textarea
        label={t('trajectories.extendDialog.reason')}
        description={t('trajectories.extendDialog.reasonHelp')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
