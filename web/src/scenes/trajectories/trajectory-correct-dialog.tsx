import { Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Trajectory } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { OutcomeFields, type OutcomeValues, outcomeBody } from './outcome-fields';
import { useTrajectoryAction } from './use-trajectory-action';

/**
 * Correct a closed trajectory's dates or outcome with a reason: only what changed is sent; the server keeps the
 * original values visible and audits the correction.
 */
export function TrajectoryCorrectDialog({
  trajectory,
  opened,
  onClose,
}: {
  trajectory: Trajectory;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const o = trajectory.outcome;
  const initial = {
    startedOn: trajectory.startedOn,
    placedOn: trajectory.placedOn ?? '',
    closedOn: trajectory.closedOn ?? '',
    outcome: {
      kind: o?.kind ?? null,
      contractType: o?.contractType ?? null,
      hoursPerWeek: o?.hoursPerWeek ?? '',
      dropoutReason: o?.dropoutReason ?? null,
      outcomeOn: o?.outcomeOn ?? '',
    } as OutcomeValues,
    reason: '',
  };
  const form = useForm({ initialValues: initial });
  const { submit, message, busy } = useTrajectoryAction(form, trajectory.id, {
    send: (v) => {
      const next = outcomeBody(v.outcome);
      const before = outcomeBody(initial.outcome);
      const changes: Record<string, unknown> = {};
      if (v.startedOn !== initial.startedOn) {
        changes.startedOn = v.startedOn;
      }
      if (v.placedOn !== initial.placedOn) {
        changes.placedOn = v.placedOn || null;
      }
      if (v.closedOn !== initial.closedOn) {
        changes.closedOn = v.closedOn;
      }
      if (next.kind !== before.kind) {
        changes.outcomeKind = next.kind;
      }
      if (next.contractType !== before.contractType) {
        changes.contractType = next.contractType;
      }
      if (next.hoursPerWeek !== before.hoursPerWeek) {
        changes.hoursPerWeek = next.hoursPerWeek;
      }
      if (next.dropoutReason !== before.dropoutReason) {
        changes.dropoutReason = next.dropoutReason;
      }
      if (v.outcome.outcomeOn !== initial.outcome.outcomeOn) {
        changes.outcomeOn = v.outcome.outcomeOn;
      }
      return api.post(`/trajectories/${trajectory.id}/corrections`, {
        version: trajectory.version,
        reason: v.reason,
        changes,
      });
    },
    saved: t('trajectories.correctDialog.saved'),
    onClose,
    fieldMap: {
      'changes.startedOn': 'startedOn',
      'changes.placedOn': 'placedOn',
      'changes.closedOn': 'closedOn',
      'changes.outcomeKind': 'outcome.kind',
      'changes.contractType': 'outcome.contractType',
      'changes.hoursPerWeek': 'outcome.hoursPerWeek',
      'changes.dropoutReason': 'outcome.dropoutReason',
      'changes.outcomeOn': 'outcome.outcomeOn',
    },
  });
  const values = form.getValues();
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.correctDialog.title')}
      submitLabel={t('trajectories.correctDialog.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Text size="sm">{t('trajectories.correctDialog.intro')}</Text>
      <TextInput label={t('trajectories.startedOn')} type="date" {...form.getInputProps('startedOn')} />
      <TextInput label={t('trajectories.placedOn')} type="date" {...form.getInputProps('placedOn')} />
      <TextInput label={t('trajectories.closedOn')} type="date" {...form.getInputProps('closedOn')} />
      <OutcomeFields form={form} prefix="outcome." values={values.outcome} />
      <TextInput
        label={t('trajectories.outcome.outcomeOn')}
        type="date"
        {...form.getInputProps('outcome.outcomeOn')}
      />
      <Textarea
        label={t('trajectories.correctDialog.reason')}
        description={t('trajectories.correctDialog.reasonHelp')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
