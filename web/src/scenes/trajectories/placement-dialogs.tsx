import { Checkbox, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ContactPerson, Employer, EmployerDetail, JobItem, Page, Trajectory } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { type Option, RemoteSelect } from '../../components/remote-select';
import { todayIso, useTrajectoryAction } from './use-trajectory-action';

/**
 * Record the placement: the employer's site (and job) and the first working day. The server schedules the
 * aftercare contacts from that day.
 */
export function PlacementDialog({
  trajectory,
  opened,
  onClose,
}: {
  trajectory: Trajectory;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [employer, setEmployer] = useState<Option | null>(
    trajectory.employer ? { value: trajectory.employer.id, label: trajectory.employer.name } : null,
  );
  const form = useForm<{ siteId: string | null; jobId: string | null; placedOn: string }>({
    initialValues: {
      siteId: trajectory.site?.id ?? null,
      jobId: trajectory.job?.id ?? null,
      placedOn: trajectory.placedOn ?? todayIso(),
    },
  });
  const detail = useQuery({
    queryKey: ['employers', employer?.value],
    queryFn: () => api.get<EmployerDetail>(`/employers/${employer?.value}`),
    enabled: opened && !!employer,
  });
  const jobs = useQuery({
    queryKey: ['jobs', { employerId: employer?.value }],
    queryFn: () => api.get<Page<JobItem>>('/jobs', { employerId: employer?.value, pageSize: 100 }),
    enabled: opened && !!employer,
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectory.id, {
    send: (v) =>
      api.put(`/trajectories/${trajectory.id}/placement`, {
        version: trajectory.version,
        siteId: v.siteId ?? undefined,
        jobId: v.jobId,
        placedOn: v.placedOn,
      }),
    saved: t('trajectories.placement.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.placement.title')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">{t('trajectories.placement.intro')}</Text>
      <RemoteSelect<Employer>
        path="/employers"
        label={t('trajectories.employer')}
        required
        toOption={(e) => ({ value: e.id, label: e.name })}
        value={employer?.value ?? null}
        selected={employer}
        onChange={(option) => {
          setEmployer(option);
          form.setFieldValue('siteId', null);
          form.setFieldValue('jobId', null);
        }}
      />
      <Select
        label={t('trajectories.placement.site')}
        required
        disabled={!employer}
        data={(detail.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
        {...form.getInputProps('siteId')}
      />
      <Select
        label={t('trajectories.job')}
        clearable
        disabled={!employer}
        data={(jobs.data?.items ?? []).map((j) => ({ value: j.id, label: j.title }))}
        {...form.getInputProps('jobId')}
      />
      <TextInput
        label={t('trajectories.placement.placedOn')}
        type="date"
        required
        {...form.getInputProps('placedOn')}
      />
    </FormDialog>
  );
}

/** Assign the mentor at the employer: a contact person, optionally with their login for the work-floor page. */
export function MentorDialog({
  trajectory,
  opened,
  onClose,
}: {
  trajectory: Trajectory;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const employerId = trajectory.employer?.id;
  const people = useQuery({
    queryKey: ['employers', employerId, 'contact-persons'],
    queryFn: () => api.get<{ items: ContactPerson[] }>(`/employers/${employerId}/contact-persons`),
    enabled: opened && !!employerId,
  });
  const form = useForm<{ contactPersonId: string | null; withLogin: boolean }>({
    initialValues: {
      contactPersonId: trajectory.mentor?.contactPerson.id ?? null,
      withLogin: !!trajectory.mentor?.user,
    },
  });
  const person = people.data?.items.find((p) => p.id === form.getValues().contactPersonId);
  const { submit, message, busy } = useTrajectoryAction(form, trajectory.id, {
    send: (v) =>
      api.put(`/trajectories/${trajectory.id}/mentor`, {
        version: trajectory.version,
        contactPersonId: v.contactPersonId ?? undefined,
        userId: v.withLogin && person?.user ? person.user.id : null,
      }),
    saved: t('trajectories.mentorDialog.saved'),
    onClose,
    fieldMap: { userId: 'withLogin' },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.mentorDialog.title')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Select
        label={t('trajectories.mentor')}
        required
        data={(people.data?.items ?? []).map((p) => ({
          value: p.id,
          label: `${p.firstName} ${p.lastName}${p.jobTitle ? ` · ${p.jobTitle}` : ''}`,
        }))}
        {...form.getInputProps('contactPersonId')}
      />
      <Checkbox
        label={t('trajectories.mentorDialog.withLogin')}
        description={
          person && !person.user
            ? t('trajectories.mentorDialog.noLogin')
            : t('trajectories.mentorDialog.loginHelp')
        }
        disabled={!person?.user}
        {...form.getInputProps('withLogin', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
