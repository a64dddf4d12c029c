import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EmployerSite, Job } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { JOB_FIELD_MAP, JobFields, jobBody, jobValues } from './job-fields';

/** Edits a job's record, offer marks and essential dimensions, with the version it was read at. */
export function JobEditDialog({ job, opened, onClose }: { job: Job; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['jobs', job.id];
  const sites = useQuery({
    queryKey: ['employers', job.employer.id, 'sites'],
    queryFn: () => api.get<{ items: EmployerSite[] }>(`/employers/${job.employer.id}/sites`),
    enabled: opened,
  });
  const form = useForm({ initialValues: jobValues(job, []) });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => {
      const { kind, ...body } = jobBody(v);
      // A carved job stays one: its kind is not sent.
      return api.patch<Job>(`/jobs/${job.id}`, {
        version: job.version,
        data: job.kind === 'carved_job' ? body : { ...body, kind },
      });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
      notifications.show({ color: 'green', message: t('common.saved') });
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
    fieldMap: JOB_FIELD_MAP,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('jobs.edit.title', { title: job.title })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      <JobFields
        form={form}
        sites={sites.data?.items ?? [{ ...job.site, employerId: job.employer.id } as EmployerSite]}
        isCarved={job.kind === 'carved_job'}
      />
    </FormDialog>
  );
}
