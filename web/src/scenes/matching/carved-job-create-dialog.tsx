import { Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { CarvingSuggestion, EmployerDetail, Job } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import type { Option } from '../../components/remote-select';
import { formatNumber } from './explanation-text';

const MAX_TITLE = 150;

/**
 * Turns the chosen tasks into a carved job (POST /carved-jobs): a title and a site of the employer (the one most
 * chosen tasks are at, by default). The job starts as a draft; the user is taken to it.
 */
export function CarvedJobCreateDialog({
  opened,
  onClose,
  employer,
  tasks,
  suggestedSiteId,
}: {
  opened: boolean;
  onClose: () => void;
  employer: Option;
  tasks: CarvingSuggestion['tasks'];
  suggestedSiteId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: ['employers', employer.value],
    queryFn: () => api.get<EmployerDetail>(`/employers/${employer.value}`),
  });
  const sites = detail.data?.sites ?? [];
  const defaultTitle = t('matching.carving.defaultTitle', {
    tasks: tasks.map((task) => task.name.toLowerCase()).join(', '),
  }).slice(0, MAX_TITLE);
  const form = useForm({
    initialValues: { title: defaultTitle, siteId: suggestedSiteId as string | null },
  });
  const hours = tasks.reduce((sum, task) => sum + task.hoursPerWeek, 0);
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Job>('/carved-jobs', {
        title: v.title,
        siteId: v.siteId ?? undefined,
        taskIds: tasks.map((task) => task.id),
      }),
    onSuccess: async (job) => {
      await queryClient.invalidateQueries({ queryKey: ['matching'] });
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
      notifications.show({ color: 'green', message: t('matching.carving.created') });
      onClose();
      void navigate(`/jobs/${job.id}`);
    },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('matching.carving.createTitle')}
      submitLabel={t('matching.carving.create')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">{t('matching.carving.createIntro')}</Text>
      <Text size="sm" fw={600}>
        {employer.label} ·{' '}
        {t('matching.carving.chosenTasks', {
          count: tasks.length,
          hours: formatNumber(hours, i18n.language),
        })}
      </Text>
      <TextInput label={t('matching.carving.jobTitle')} required {...form.getInputProps('title')} />
      <Select
        label={t('matching.carving.site')}
        required
        data={sites.map((site) => ({
          value: site.id,
          label: [site.name, site.municipality?.name].filter(Boolean).join(' · '),
        }))}
        allowDeselect={false}
        {...form.getInputProps('siteId')}
      />
    </FormDialog>
  );
}
