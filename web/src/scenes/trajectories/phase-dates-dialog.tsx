import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Trajectory, TrajectoryPhase } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { todayIso, useTrajectoryAction } from './use-trajectory-action';

export type PhaseDatesMode = 'start' | 'end' | 'edit';

/**
 * Start a phase, end it, or adjust its dates. Phases may overlap; the server refuses a phase ending before it
 * starts, and moves a started phase's term only by an extension (so the term is not offered here then).
 */
export function PhaseDatesDialog({
  trajectory,
  phase,
  mode,
  opened,
  onClose,
}: {
  trajectory: Trajectory;
  phase: TrajectoryPhase;
  mode: PhaseDatesMode;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      plannedStartOn: phase.plannedStartOn ?? '',
      plannedEndOn: phase.plannedEndOn ?? '',
      actualStartOn: mode === 'start' ? todayIso() : (phase.actualStartOn ?? ''),
      actualEndOn: mode === 'end' ? todayIso() : (phase.actualEndOn ?? ''),
    },
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectory.id, {
    send: (v) => {
      const data: Record<string, string | null> = {};
      if (mode === 'start') {
        data.actualStartOn = v.actualStartOn || null;
      } else if (mode === 'end') {
        data.actualEndOn = v.actualEndOn || null;
      } else {
        data.plannedStartOn = v.plannedStartOn || null;
        if (!phase.actualStartOn) {
          data.plannedEndOn = v.plannedEndOn || null;
        }
        data.actualStartOn = v.actualStartOn || null;
        data.actualEndOn = v.actualEndOn || null;
      }
      return api.patch(`/trajectories/${trajectory.id}/phases/${phase.id}`, { version: phase.version, data });
    },
    saved: t(`trajectories.phaseDialog.saved.${mode}`),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(`trajectories.phaseDialog.title.${mode}`, { phase: phase.name })}
      submitLabel={t(`trajectories.phaseDialog.submit.${mode}`)}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      {mode === 'start' && (
        <TextInput
          label={t('trajectories.phaseDialog.actualStartOn')}
          type="date"
          required
          {...form.getInputProps('actualStartOn')}
        />
      )}
      {mode === 'end' && (
        <TextInput
          label={t('trajectories.phaseDialog.actualEndOn')}
          type="date"
          required
          {...form.getInputProps('actualEndOn')}
        />
      )}
      {mode === 'edit' && (
        <>
          <TextInput
            label={t('trajectories.phaseDialog.plannedStartOn')}
            type="date"
            {...form.getInputProps('plannedStartOn')}
          />
          {phase.actualStartOn ? (
            <Text size="sm" c="dimmed">
              {t('trajectories.phaseDialog.termByExtension')}
            </Text>
          ) : (
            <TextInput
              label={t('trajectories.phaseDialog.plannedEndOn')}
              type="date"
              {...form.getInputProps('plannedEndOn')}
            />
          )}
          <TextInput
            label={t('trajectories.phaseDialog.actualStartOn')}
            type="date"
            {...form.getInputProps('actualStartOn')}
          />
          <TextInput
            label={t('trajectories.phaseDialog.actualEndOn')}
            type="date"
            {...form.getInputProps('actualEndOn')}
          />
        </>
      )}
    </FormDialog>
  );
}
