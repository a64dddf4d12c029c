import { Alert } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EmployerDetail, Job } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { JOB_FIELD_MAP, JobFields, jobBody, jobValues } from './job-fields';

/** Creates a job at one of the employer's sites; its tasks (and so its profile) are added next, on its page. */
export function JobCreateDialog({
  employer,
  onClose,
  onCreated,
}: {
  employer: EmployerDetail;
  onClose: () => void;
  onCreated: (job: Job) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: jobValues(null, employer.sites) });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => api.post<Job>(`/employers/${employer.id}/jobs`, jobBody(v)),
    onSuccess: async (created) => {
      queryClient.setQueryData(['jobs', created.id], created);
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
      await queryClient.invalidateQueries({ queryKey: ['employers', employer.id] });
      notifications.show({ color: 'green', message: t('jobs.create.created', { title: created.title }) });
      onCreated(created);
    },
    fieldMap: JOB_FIELD_MAP,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('jobs.create.titleAt', { name: employer.name })}
      submitLabel={t('jobs.create.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      {employer.sites.length === 0 && (
        <Alert color="orange" role="status">
          {t('jobs.create.noSites')}
        </Alert>
      )}
      <JobFields form={form} sites={employer.sites} />
    </FormDialog>
  );
}
