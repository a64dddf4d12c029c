import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Job, JobTask } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { formatHours } from '../../components/format';
import { DemandsEditor } from './demands-editor';
import { decimalSeparator, numberOrUndefined } from './job-fields';

/**
 * Adds a task to the job (`task` null) or edits one: its name, hours a week and demand profile. The job's
 * version goes along (every task change moves it on); task hours above the job's are refused on the hours field.
 */
export function TaskEditDialog({
  job,
  task,
  onClose,
}: {
  job: Job;
  task: JobTask | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['jobs', job.id];
  const form = useForm<{
    name: string;
    description: string;
    hoursPerWeek: number | string;
    demands: Record<string, number>;
  }>({
    initialValues: {
      name: task?.name ?? '',
      description: task?.description ?? '',
      hoursPerWeek: task?.hoursPerWeek ?? '',
      demands: Object.fromEntries((task?.demands ?? []).map((d) => [d.dimension, d.level])),
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => {
      const data = {
        name: v.name,
        description: v.description,
        hoursPerWeek: numberOrUndefined(v.hoursPerWeek),
        demands: v.demands,
      };
      return task
        ? api.patch<Job>(`/jobs/${job.id}/tasks/${task.id}`, { version: job.version, data })
        : api.post<Job>(`/jobs/${job.id}/tasks`, { version: job.version, ...data });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['jobs'], exact: false, refetchType: 'none' });
      notifications.show({ color: 'green', message: t('jobs.tasks.saved') });
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  const otherHours = job.tasks.filter((x) => x.id !== task?.id).reduce((sum, x) => sum + x.hoursPerWeek, 0);
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={task ? t('jobs.tasks.editTitle', { name: task.name }) : t('jobs.tasks.add')}
      submitLabel={task ? t('common.save') : t('jobs.tasks.add')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('jobs.tasks.name')} required {...form.getInputProps('name')} />
        <NumberInput
          label={t('jobs.tasks.hours')}
          description={t('jobs.tasks.hoursHelp', {
            hours: formatHours(job.hoursPerWeek),
            left: formatHours(Math.max(0, job.hoursPerWeek - otherHours)),
          })}
          required
          min={0.5}
          max={50}
          step={0.5}
          decimalScale={1}
          decimalSeparator={decimalSeparator(i18n.language)}
          {...form.getInputProps('hoursPerWeek')}
        />
      </SimpleGrid>
      <Textarea label={t('jobs.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <DemandsEditor
        value={form.getValues().demands}
        onChange={(demands) => form.setFieldValue('demands', demands)}
        error={form.errors.demands}
      />
    </FormDialog>
  );
}
