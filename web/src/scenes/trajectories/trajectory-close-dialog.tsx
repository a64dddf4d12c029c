import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Trajectory } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { OutcomeFields, type OutcomeValues, outcomeBody } from './outcome-fields';
import { todayIso, useTrajectoryAction } from './use-trajectory-action';

/** Close a trajectory with its outcome and date (the server refuses closing without an outcome). */
export function TrajectoryCloseDialog({
  trajectory,
  opened,
  onClose,
}: {
  trajectory: Trajectory;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ closedOn: string; outcome: OutcomeValues }>({
    initialValues: {
      closedOn: todayIso(),
      outcome: { kind: null, contractType: null, hoursPerWeek: '', dropoutReason: null, outcomeOn: '' },
    },
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectory.id, {
    send: (v) =>
      api.post(`/trajectories/${trajectory.id}/close`, {
        version: trajectory.version,
        closedOn: v.closedOn,
        outcome: v.outcome.kind ? outcomeBody(v.outcome) : undefined,
      }),
    saved: t('trajectories.closeDialog.saved'),
    onClose,
    fieldMap: { outcome: 'outcome.kind' },
  });
  const values = form.getValues();
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.closeDialog.title')}
      submitLabel={t('trajectories.closeDialog.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">{t('trajectories.closeDialog.intro')}</Text>
      <TextInput
        label={t('trajectories.closeDialog.closedOn')}
        type="date"
        required
        {...form.getInputProps('closedOn')}
      />
      <OutcomeFields form={form} prefix="outcome." values={values.outcome} />
      <TextInput
        label={t('trajectories.outcome.outcomeOn')}
        description={t('trajectories.outcome.outcomeOnHelp')}
        type="date"
        {...form.getInputProps('outcome.outcomeOn')}
      />
    </FormDialog>
  );
}
