import { Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ACTION_ASSIGNEES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { PlanGoal } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useTrajectoryAction } from './use-trajectory-action';

/** Add a goal to the action plan. */
export function GoalCreateDialog({
  trajectoryId,
  opened,
  onClose,
}: {
  trajectoryId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { title: '', description: '' } });
  const { submit, message, busy } = useTrajectoryAction(form, trajectoryId, {
    send: (v) => api.post(`/trajectories/${trajectoryId}/goals`, v),
    saved: t('trajectories.plan.goalSaved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.plan.addGoal')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <TextInput label={t('trajectories.plan.goal')} required {...form.getInputProps('title')} />
      <Textarea
        label={t('trajectories.plan.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </FormDialog>
  );
}

/** Add an action to a goal: what, who does it (and their name), by when. */
export function ActionCreateDialog({
  trajectoryId,
  goal,
  opened,
  onClose,
}: {
  trajectoryId: string;
  goal: PlanGoal;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ title: string; assignee: string | null; assigneeName: string; dueOn: string }>({
    initialValues: { title: '', assignee: 'participant', assigneeName: '', dueOn: '' },
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectoryId, {
    send: (v) =>
      api.post(`/trajectories/${trajectoryId}/goals/${goal.id}/actions`, {
        title: v.title,
        assignee: v.assignee ?? undefined,
        assigneeName: v.assigneeName,
        dueOn: v.dueOn || null,
      }),
    saved: t('trajectories.plan.actionSaved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.plan.addActionTo', { goal: goal.title })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <TextInput label={t('trajectories.plan.action')} required {...form.getInputProps('title')} />
      <Select
        label={t('trajectories.plan.who')}
        required
        data={ACTION_ASSIGNEES.map((a) => ({ value: a, label: t(`trajectories.plan.assignees.${a}`) }))}
        {...form.getInputProps('assignee')}
      />
      <TextInput label={t('trajectories.plan.assigneeName')} {...form.getInputProps('assigneeName')} />
      <TextInput label={t('trajectories.plan.due')} type="date" {...form.getInputProps('dueOn')} />
    </FormDialog>
  );
}
